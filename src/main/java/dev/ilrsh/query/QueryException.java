package dev.ilrsh.query;

/** A query, field or question that cannot be used, with a one-line plain message saying where and why. */
public class QueryException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public QueryException(String message) {
		super(message);
	}
}
