package org.aam.jwt.authentication.entity;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A username and password, with the address of the client that sent them, for the throttle per address. */
public class ClientPasswordCredential extends UsernamePasswordCredential {

    private final String clientAddress;

    public ClientPasswordCredential(String username, String password, String clientAddress) {
        super(username, password);
        this.clientAddress = clientAddress;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
