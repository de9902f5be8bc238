package dev.ilrsh.summary;

import dev.ilrsh.model.Codes;
import dev.ilrsh.model.Header;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDelivery;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.Source;
import dev.ilrsh.render.SafeText;
import dev.ilrsh.render.Table;
import dev.ilrsh.xml.LoadProblem;
import dev.ilrsh.xml.LoadResult;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a helpdesk checks first about a file: whose it is, which year, how many learners and aims, the mix of
 * funding models and programme types, whether it loaded cleanly, and which reference data (LARS) it is checked
 * against.
 *
 * @param referenceData which reference data is loaded, in a line ("LARS data of 2025-11-20 …"), or "none loaded"
 */
public record FileSummary(String fileName, String year, Integer ukprn, String filePreparationDate, String serialNo,
		String software, int learners, int aims, int programmeAims, Map<String, Integer> aimsByFundModel,
		Map<String, Integer> programmeAimsByProgType, List<LoadProblem> problems, String referenceData) {

	/** What the summary says when no reference data is loaded. */
	public static final String NO_REFERENCE_DATA = "none loaded (LARS rules are skipped; see: help refdata)";

	/** How many load problems the text report lists before saying how many more there are. */
	public static final int PROBLEMS_SHOWN = 10;

	private static final Pattern YEAR = Pattern.compile("ESFA/ILR/(\\d{4}-\\d{2})");

	public static FileSummary of(String fileName, LoadResult loaded, Message message) {
		return of(fileName, loaded, message, NO_REFERENCE_DATA);
	}

	/** The summary, saying which reference data is loaded ({@code referenceData}, one line). */
	public static FileSummary of(String fileName, LoadResult loaded, Message message, String referenceData) {
		Header header = message.header();
		Source source = header == null ? null : header.source();
		int aims = 0;
		int programmeAims = 0;
		// counted by code (an absent one is the null key), then each code named once: naming takes longer than counting
		Map<Integer, Integer> fundModels = new HashMap<>();
		Map<Integer, Integer> progTypes = new HashMap<>();
		for (Learner learner : message.learners()) {
			for (LearningDelivery aim : learner.learningDelivery()) {
				aims++;
				fundModels.merge(aim.fundModel(), 1, Integer::sum);
				if (aim.isProgrammeAim()) {
					programmeAims++;
					progTypes.merge(aim.progType(), 1, Integer::sum);
				}
			}
		}
		Map<String, Integer> byFundModel = labelled(fundModels, Codes::fundModel);
		Map<String, Integer> byProgType = labelled(progTypes, Codes::progType);
		Matcher year = YEAR.matcher(loaded.namespace());
		String software = source == null ? ""
				: String.join(" ", java.util.stream.Stream
					.of(source.softwareSupplier(), source.softwarePackage(), source.release())
					.filter(Objects::nonNull)
					.toList());
		return new FileSummary(fileName, year.matches() ? year.group(1) : "unknown (" + loaded.namespace() + ")",
				source == null ? null : source.ukprn(),
				header == null || header.collectionDetails() == null
						|| header.collectionDetails().filePreparationDate() == null ? ""
								: header.collectionDetails().filePreparationDate().format(DateTimeFormatter.ISO_DATE),
				source == null ? null : source.serialNo(), software, message.learners().size(), aims, programmeAims,
				byFundModel, byProgType, loaded.problems(), referenceData);
	}

	private static Map<String, Integer> labelled(Map<Integer, Integer> counts, Function<Integer, String> meaning) {
		Map<String, Integer> byLabel = new TreeMap<>();
		counts.forEach((code, count) -> byLabel.merge(code == null ? "(none)" : meaning.apply(code), count,
				Integer::sum));
		return byLabel;
	}

	/** The summary as a plain-text report. */
	public String toText() {
		StringBuilder b = new StringBuilder();
		row(b, "File", fileName);
		row(b, "Year", year);
		row(b, "UKPRN", ukprn == null ? "" : ukprn.toString());
		row(b, "Prepared", filePreparationDate);
		row(b, "Serial", serialNo == null ? "" : serialNo);
		row(b, "Software", software);
		row(b, "Learners", Integer.toString(learners));
		row(b, "Aims", Integer.toString(aims));
		row(b, "Programme aims", Integer.toString(programmeAims));
		row(b, "Reference data", referenceData);
		b.append("\nAims by FundModel\n");
		aimsByFundModel.forEach((k, v) -> b.append(String.format("  %-28s %6d%n", k, v)));
		b.append("\nProgramme aims by ProgType\n");
		if (programmeAimsByProgType.isEmpty()) {
			b.append("  (none)\n");
		}
		programmeAimsByProgType.forEach((k, v) -> b.append(String.format("  %-28s %6d%n", k, v)));
		b.append("\nLoad problems: ").append(problems.size()).append('\n');
		// a problem quotes values from the file: one line each, nothing in them that could drive a terminal
		problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> b.append("  ").append(SafeText.value(p.describe()))
			.append('\n'));
		if (problems.size() > PROBLEMS_SHOWN) {
			b.append("  … and ").append(problems.size() - PROBLEMS_SHOWN).append(" more (validate lists them all)\n");
		}
		return b.toString();
	}

	/** The summary as rows of section, item and value, for CSV and JSON. */
	public Table toTable() {
		Table.Builder t = Table.builder("Section", "Item", "Value");
		t.row("file", "File", fileName).row("file", "Year", year).row("file", "UKPRN", ukprn)
			.row("file", "FilePreparationDate", filePreparationDate).row("file", "SerialNo", serialNo)
			.row("file", "Software", software).row("counts", "Learners", learners).row("counts", "Aims", aims)
			.row("counts", "ProgrammeAims", programmeAims);
		t.row("reference data", "LARS", referenceData);
		aimsByFundModel.forEach((k, v) -> t.row("aims by FundModel", k, v));
		programmeAimsByProgType.forEach((k, v) -> t.row("programme aims by ProgType", k, v));
		t.row("counts", "LoadProblems", problems.size());
		List<LoadProblem> shown = new ArrayList<>(problems);
		for (LoadProblem p : shown) {
			t.row("load problem", p.element(), p.describe());
		}
		return t.build();
	}

	private static void row(StringBuilder b, String name, String value) {
		b.append(String.format("%-15s %s%n", name, SafeText.value(value)));
	}
}
