package dev.ilrsh.render;

/** Which columns stand out on a terminal: learner references, rule names, severities. */
final class ColumnStyles {

	private ColumnStyles() {
	}

	static Style of(String column, Object value) {
		return switch (column) {
			case "LearnRefNumber", "LearnRefNumbers", "kept" -> Style.KEY;
			case "rule" -> Style.RULE;
			case "severity" -> "Error".equals(value) ? Style.ERROR : "Warning".equals(value) ? Style.WARNING : Style.PLAIN;
			default -> Style.PLAIN;
		};
	}
}
