package org.aam.jwt.tokens.control;

import org.aam.jwt.tokens.entity.TokenProblem;

/** A token that must not be honoured; the message is the reason, fit to show to the client. */
public class InvalidToken extends RuntimeException {

    private final transient TokenProblem problem;

    public InvalidToken(TokenProblem problem) {
        super(problem.reason(), null, false, false);
        this.problem = problem;
    }

    public TokenProblem problem() {
        return problem;
    }
}
