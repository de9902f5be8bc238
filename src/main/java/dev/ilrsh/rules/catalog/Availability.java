package dev.ilrsh.rules.catalog;

/** Whether ilrsh can check a rule against a file on the user's machine, and if not, why not. */
public enum Availability {
	/** Everything the rule needs is in the ILR file (and the ILR code lists ilrsh carries). */
	OFFLINE("offline", "can run offline"),
	/** The rule looks things up in reference data ilrsh does not have (named in {@link RuleEntry#needs()}). */
	REFERENCE_DATA("reference-data", "needs reference data"),
	/** The DfE runs the rule only in the online service (Submit learner data). */
	ONLINE_ONLY("online-only", "runs only online"),
	/** A check the submission service makes on the uploaded file or ZIP, not on the ILR content. */
	SUBMISSION_ONLY("submission-only", "checked by the submission service on upload"),
	/** Deleted from the rules for 2025-26; kept so that old messages still explain. */
	DELETED("deleted", "deleted for 2025-26");

	private final String code;

	private final String description;

	Availability(String code, String description) {
		this.code = code;
		this.description = description;
	}

	/** The word used in the catalog file. */
	public String code() {
		return code;
	}

	/** A short phrase for users. */
	public String description() {
		return description;
	}

	static Availability parse(String code) {
		for (Availability a : values()) {
			if (a.code.equalsIgnoreCase(code.strip())) {
				return a;
			}
		}
		throw new IllegalArgumentException("unknown availability: " + code);
	}
}
