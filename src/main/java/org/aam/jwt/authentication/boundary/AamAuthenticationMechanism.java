package org.aam.jwt.authentication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.aam.jwt.users.boundary.Caller;
import org.aam.jwt.users.entity.Refusal;
import org.aam.jwt.authentication.control.CallerRoutes;
import org.aam.jwt.authentication.entity.Channel;
import org.aam.jwt.authentication.entity.JwtCredential;
import org.aam.jwt.authentication.entity.UserPrincipal;
import org.aam.jwt.rest.entity.WpError;
import org.aam.jwt.users.boundary.Users;
import org.aam.jwt.users.entity.User;

/**
 * One mechanism for every channel, so that one check decides everywhere whether a token works; it reads
 * credentials only on the {@link CallerRoutes routes that act for a caller}. It never answers
 * by itself: a valid credential logs the caller in for this request; an invalid one leaves a {@link Refusal} on
 * the request, which a route that needs a caller turns into its 401 or 403 (most URLs of this WAR need none).
 */
@ApplicationScoped
public class AamAuthenticationMechanism implements HttpAuthenticationMechanism {


    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CredentialChannels channels;

    @Inject
    CrossSiteRequests crossSite;

    @Inject
    Users users;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!CallerRoutes.needCaller(pathOf(request))) {
            return context.doNothing();
        }
        Optional<CredentialChannels.Presented> presented;
        try {
            presented = channels.find(request);
        } catch (CredentialChannels.MalformedCredential malformed) {
            return refuse(request, context, WpError.unauthorized(malformed.getMessage()));
        }
        if (presented.isEmpty()) {
            return context.doNothing();
        }
        if (presented.get().channel().equals(Optional.of(Channel.COOKIE)) && crossSite.isCrossSiteChange(request)) {
            return refuse(request, context, WpError.forbidden(
                    "A cookie cannot authorise a change requested by another site. Send the token in the Authorization header."));
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(presented.get().credential());
        } catch (WpError refused) {
            // The password check is saturated (503) or throttled (429): the route answers so.
            return refuse(request, context, refused);
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            Caller.identify(request, userOf(result));
            return context.notifyContainerAboutLogin(result);
        }
        String reason = presented.get().credential() instanceof JwtCredential jwt ? jwt.refusal()
                : "Invalid username or password";
        return refuse(request, context, WpError.unauthorized(reason));
    }

    private User userOf(CredentialValidationResult valid) {
        if (valid.getCallerPrincipal() instanceof UserPrincipal principal) {
            return principal.user();
        }
        // An identity store handler of another server may hand on a copy of the principal: read the user again.
        return users.get(Long.parseLong(valid.getCallerUniqueId()));
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, WpError refusal) {
        request.setAttribute(Refusal.ATTRIBUTE, new Refusal(refusal));
        return context.doNothing();
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
