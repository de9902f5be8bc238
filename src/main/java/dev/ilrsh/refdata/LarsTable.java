package dev.ilrsh.refdata;

/**
 * The parts of the DfE's LARS CSV download ilrsh reads: one file each, except {@link #STANDARD_TYPE}, a column of
 * Standard.csv that older downloads lack. A rule that needs a part the imported download lacked is skipped, and
 * validate says so.
 */
public enum LarsTable {

	LEARNING_DELIVERY("LearningDelivery.csv", "learning aims: title, type, level"),
	VALIDITY("Validity.csv", "the funding streams each aim may be started and ended in, and when"),
	CATEGORY("LearningDeliveryCategory.csv", "the categories each aim is in, and when"),
	CATEGORY_TREE("Category.csv", "which category each category belongs to"),
	ANNUAL_VALUE("AnnualValue.csv", "each aim's basic skills type (English, maths, ESOL), and when"),
	FRAMEWORK_AIMS("FrameworkAims.csv", "the aims of each framework and T Level pathway"),
	STANDARD("Standard.csv", "apprenticeship standards: title, level, dates"),
	STANDARD_TYPE("Standard.csv, column ApprenticeshipStandardTypeCode", "which standards are foundation apprenticeships"),
	STANDARD_VALIDITY("StandardValidity.csv", "the dates each standard may be started"),
	STANDARD_FUNDING("StandardFunding.csv", "each standard's funding band and core government contribution cap");

	private final String file;
	private final String holds;

	LarsTable(String file, String holds) {
		this.file = file;
		this.holds = holds;
	}

	/** The file of the LARS CSV download this part comes from. */
	public String file() {
		return file;
	}

	/** What it gives, in a few words. */
	public String holds() {
		return holds;
	}
}
