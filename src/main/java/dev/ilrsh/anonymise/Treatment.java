package dev.ilrsh.anonymise;

/** How a personal field's values are replaced. */
public enum Treatment {
	/** A learner reference: a made-up reference, the same for references R06 counts as the same. */
	LEARNER_REFERENCE("learner reference"),
	/** A ULN: another ULN that passes (or fails) the DD01 check as the original did; 9999999999 is kept. */
	ULN("ULN"),
	/** A family or given name: made-up letters in the name's own shape (length, spaces, punctuation, capitals). */
	NAME("name"),
	/** A date of birth: moved by up to six months, the same for the person's every record, keeping every age. */
	DATE_OF_BIRTH("date of birth"),
	/** A National Insurance number: a well-formed number with the prefix ZZ, which is never issued. */
	NI_NUMBER("NI number"),
	/** A postcode: a made-up postcode of the same shape, outward code starting Q, V or X (never used); ZZ99 9ZZ kept. */
	POSTCODE("postcode"),
	/** An address line: made-up words and numbers in the line's shape. */
	ADDRESS("address"),
	/** A telephone number: other digits, as many. */
	PHONE("telephone number"),
	/** An e-mail address: a made-up name at example.invalid. */
	EMAIL("e-mail address"),
	/** An employer number (EDRS): another that passes (or fails) the DD05 check as the original did; 999999999 kept. */
	EMPLOYER_ID("employer number"),
	/** An identifier given to the learner or the aim by others (UCAS, student support, SWSupAimId, contract). */
	IDENTIFIER("identifier"),
	/** Free text the provider records: other characters of the same kinds, as many. */
	FREE_TEXT("free text");

	private final String label;

	Treatment(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
