package dev.ilrsh.model;

import java.util.Map;

/** Short meanings of the ILR codes people read most, for labels in reports. */
public final class Codes {

	private static final Map<Integer, String> FUND_MODEL = Map.ofEntries(Map.entry(10, "community learning"),
			Map.entry(11, "tailored learning"), Map.entry(25, "16-19"), Map.entry(35, "adult skills"),
			Map.entry(36, "apprenticeships"), Map.entry(37, "skills bootcamps"), Map.entry(38, "adult skills fund"),
			Map.entry(70, "ESF"), Map.entry(81, "other adult"), Map.entry(82, "other 16-19"),
			Map.entry(99, "no funding"));

	private static final Map<Integer, String> PROG_TYPE = Map.of(2, "advanced framework", 3,
			"intermediate framework", 24, "traineeship", 25, "apprenticeship standard", 30, "T Level foundation year",
			31, "T Level", 32, "skills bootcamp", 33, "combined authority programme");

	private static final Map<Integer, String> AIM_TYPE = Map.of(1, "programme aim", 3, "component aim", 4,
			"not in a programme", 5, "core aim");

	private static final Map<Integer, String> COMP_STATUS = Map.of(1, "continuing", 2, "completed", 3, "withdrawn",
			6, "break in learning");

	private static final Map<Integer, String> OUTCOME = Map.of(1, "achieved", 2, "partial achievement", 3,
			"no achievement", 8, "outcome not yet known");

	private static final Map<Integer, String> EMP_STAT = Map.of(10, "in paid employment", 11,
			"not employed, looking for work", 12, "not employed, not looking", 98, "not known");

	private Codes() {
	}

	public static String fundModel(Integer code) {
		return label(FUND_MODEL, code);
	}

	public static String progType(Integer code) {
		return label(PROG_TYPE, code);
	}

	public static String aimType(Integer code) {
		return label(AIM_TYPE, code);
	}

	public static String compStatus(Integer code) {
		return label(COMP_STATUS, code);
	}

	public static String outcome(Integer code) {
		return label(OUTCOME, code);
	}

	public static String empStat(Integer code) {
		return label(EMP_STAT, code);
	}

	/** "36 apprenticeships"-style text: the code and its meaning, or the code alone when it has none here. */
	private static String label(Map<Integer, String> meanings, Integer code) {
		if (code == null) {
			return "";
		}
		String meaning = meanings.get(code);
		return meaning == null ? code.toString() : code + " " + meaning;
	}
}
