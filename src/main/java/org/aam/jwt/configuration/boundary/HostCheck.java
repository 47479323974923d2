package org.aam.jwt.configuration.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aam.jwt.configuration.control.AllowedHosts;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.rest.boundary.ErrorBodies;
import org.aam.jwt.rest.entity.WpError;

/** Refuses, with {@code site_url} unset, a request whose {@code Host} is not loopback or in {@code aam.allowed_hosts}. */
@WebFilter("/*")
public class HostCheck extends HttpFilter {

    @Inject
    Settings settings;

    private AllowedHosts allowed;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        allowed = AllowedHosts.of(settings);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allowed.allows(request.getServerName())) {
            chain.doFilter(request, response);
            return;
        }
        ErrorBodies.write(response, new WpError(400, "rest_invalid_host", "This service does not answer to the host "
                + "this request names. Administrator: set site_url to the service's public URL, or list the host in "
                + "aam.allowed_hosts."));
    }
}
