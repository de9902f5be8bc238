package dev.ilrsh.anonymise;

import java.util.regex.Pattern;

/**
 * The forms the validation rules check personal values against. A replacement keeps its original's form: a
 * well-formed value is replaced by a well-formed one and a malformed one by a malformed one, so the rules that check
 * the form (NINumber_01, DelLocPostCode_11, LSDPostcode_03, SWSupAimId_01) fire exactly as before. The patterns are
 * the rules' own; a test checks they agree with the rules.
 */
final class Forms {

	/** A National Insurance number, as NINumber_01 checks it. */
	static final Pattern NI_NUMBER = Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[ABCD ]?");

	/** A postcode, as DelLocPostCode_11 and LSDPostcode_03 check it. */
	static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}([0-9]{1,2}|[0-9][A-Z]) [0-9][ABD-HJLNP-UW-Z]{2}");

	/** A UUID, as SWSupAimId_01 checks it. */
	static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	/** A learner reference, as the schema allows it. */
	static final Pattern LEARN_REF = Pattern.compile("[A-Za-z0-9 ]{1,12}");

	/** The postcode that means "not known"; it says nothing about anyone and is kept. */
	static final String UNKNOWN_POSTCODE = "ZZ99 9ZZ";

	/** The letters a postcode's inward code may end with. */
	static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

	/** Letters no real postcode starts with, so a made-up postcode can never be someone's. */
	static final String UNUSED_FIRST_LETTERS = "QVX";

	private Forms() {
	}

	static boolean isUnknownPostcode(String postcode) {
		return postcode.strip().replace(" ", "").equalsIgnoreCase("ZZ999ZZ");
	}
}
