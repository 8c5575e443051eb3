package org.marginalia.project;

import org.marginalia.model.MarginaliaException;
import org.marginalia.model.ProblemKind;

/** A request the project cannot carry out as asked: something named is missing, ambiguous or invalid. */
public final class ProjectException extends MarginaliaException {

    /** Why the request was refused. */
    public enum Reason { NOT_FOUND, AMBIGUOUS, QUOTE_NOT_FOUND, INVALID, DUPLICATE }

    private final Reason reason;

    public ProjectException(Reason reason, String message) {
        super(message, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String reasonName() {
        return reason.name();
    }

    @Override
    public ProblemKind kind() {
        return reason == Reason.NOT_FOUND ? ProblemKind.NOT_FOUND : ProblemKind.REFUSED;
    }
}
