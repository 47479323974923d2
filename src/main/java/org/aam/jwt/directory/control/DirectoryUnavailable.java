package org.aam.jwt.directory.control;

/** The directory did not answer (or refused the service's own bind): nothing can be concluded about any user. */
public class DirectoryUnavailable extends Exception {

    public DirectoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
