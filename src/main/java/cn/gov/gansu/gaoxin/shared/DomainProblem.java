package cn.gov.gansu.gaoxin.shared;

import org.springframework.http.HttpStatus;

/**
 * A broken invariant or refused request, named for the fact by its subclass, carrying the Chinese
 * text shown to the user. The web layer turns it into an RFC 9457 problem detail in one place.
 */
public abstract class DomainProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    protected DomainProblem(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
