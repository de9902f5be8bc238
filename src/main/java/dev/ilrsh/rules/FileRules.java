package dev.ilrsh.rules;

import static dev.ilrsh.rules.RuleSupport.info;

import dev.ilrsh.model.IlrSchema;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.Source;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules on the file itself: its name ({@code ILR-<UKPRN>-2526-<yyyymmdd>-<hhmmss>-<NN>.XML}), its header and its
 * provider. File name rules are skipped when the message was not read from a file.
 */
final class FileRules {

	private FileRules() {
	}

	/** The parts of a file name: ILR, UKPRN, year, date, time, serial number and the extension. */
	static final Pattern NAME = Pattern
		.compile("ILR-(\\d{8})-(\\d{4})-(\\d{8})-(\\d{6})-(\\d{2})\\.XML", Pattern.CASE_INSENSITIVE);

	/** The same with each part loosened, so that one wrong part is reported by its own rule. */
	private static final Pattern LOOSE = Pattern
		.compile("ILR-(\\d{8})-(\\w+)-(\\w+)-(\\w+)-(\\w+)\\.XML", Pattern.CASE_INSENSITIVE);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

	/** A file rule given as a function of the message and context, answering a message or null. */
	private static Rule.FileRule rule(RuleInfo info, BiFunction<Message, RuleContext, String> check,
			BiFunction<Message, RuleContext, Map<String, Object>> fields) {
		return new Rule.FileRule() {
			@Override
			public RuleInfo info() {
				return info;
			}

			@Override
			public void check(Message message, RuleContext context, Findings out) {
				String problem = check.apply(message, context);
				if (problem != null) {
					out.file(info, fields.apply(message, context), problem,
							message.header() == null ? 0 : message.header().extras().line());
				}
			}
		};
	}

	private static String fileName(RuleContext c) {
		return c.file() == null || c.file().getFileName() == null ? null : c.file().getFileName().toString();
	}

	private static Matcher loose(RuleContext c) {
		String name = fileName(c);
		if (name == null) {
			return null;
		}
		Matcher m = LOOSE.matcher(name);
		return m.matches() ? m : null;
	}

	private static Map<String, Object> nameField(Message m, RuleContext c) {
		Map<String, Object> f = new LinkedHashMap<>();
		f.put("Filename", fileName(c));
		return f;
	}

	private static Integer headerUkprn(Message m) {
		Source s = m.header() == null ? null : m.header().source();
		return s == null ? null : s.ukprn();
	}

	private static LocalDate preparationDate(Message m) {
		return m.header() == null || m.header().collectionDetails() == null ? null
				: m.header().collectionDetails().filePreparationDate();
	}

	static List<Rule> rules() {
		String f = RuleInfo.FILE;
		List<Rule> rules = new ArrayList<>();
		rules.add(rule(info("Entity_1", "E", f, "Message", "the file must hold at least one learner", "Learner"),
				(m, c) -> m.learners().isEmpty() ? "the file has no learner records" : null, (m, c) -> {
					Map<String, Object> x = new LinkedHashMap<>();
					x.put("Learner", 0);
					return x;
				}));
		rules.add(rule(info("Filename_1", "E", f, "File",
				"the file name must be ILR-<UKPRN>-2526-<yyyymmdd>-<hhmmss>-<NN>.XML", "Filename"),
				(m, c) -> fileName(c) != null && loose(c) == null ? "file name '" + fileName(c)
						+ "' is not in the form ILR-LLLLLLLL-YYYY-yyyymmdd-hhmmss-NN.XML" : null,
				FileRules::nameField));
		rules.add(rule(info("Filename_4", "E", f, "File", "the year in the file name must be 2526", "Filename"),
				(m, c) -> {
					Matcher x = loose(c);
					return x != null && !IlrSchema.YEAR.equals(x.group(2))
							? "the file name gives the year " + x.group(2) + ", not " + IlrSchema.YEAR : null;
				}, FileRules::nameField));
		rules.add(rule(info("Filename_5", "E", f, "File", "the serial number in the file name must be two digits",
				"Filename"), (m, c) -> {
					Matcher x = loose(c);
					return x != null && !x.group(5).matches("\\d{2}")
							? "the serial number '" + x.group(5) + "' in the file name is not two digits" : null;
				}, FileRules::nameField));
		rules.add(rule(info("Filename_6", "E", f, "File", "the serial number in the file name must not be 00",
				"Filename"), (m, c) -> {
					Matcher x = loose(c);
					return x != null && x.group(5).equals("00") ? "the serial number in the file name is 00" : null;
				}, FileRules::nameField));
		rules.add(rule(info("Filename_7", "E", f, "File",
				"the date and time in the file name must not be in the future", "Filename"), (m, c) -> {
					Matcher x = loose(c);
					if (x == null) {
						return null;
					}
					LocalDateTime stamp;
					try {
						stamp = LocalDateTime.parse(x.group(3) + x.group(4), STAMP);
					}
					catch (DateTimeParseException e) {
						return "the date and time '" + x.group(3) + "-" + x.group(4) + "' in the file name is not a real date and time";
					}
					return stamp.toLocalDate().isAfter(c.today())
							? "the file name is dated " + stamp.toLocalDate() + ", after today (" + c.today() + ")"
							: null;
				}, FileRules::nameField));
		rules.add(rule(info("Header_2", "E", f, "Header",
				"the file preparation date must not be in the future", "FilePreparationDate"),
				(m, c) -> preparationDate(m) != null && preparationDate(m).isAfter(c.today())
						? "the file preparation date " + preparationDate(m) + " is after today (" + c.today() + ")"
						: null,
				(m, c) -> {
					Map<String, Object> x = new LinkedHashMap<>();
					x.put("FilePreparationDate", preparationDate(m));
					return x;
				}));
		rules.add(rule(info("Header_3", "E", f, "Header", "the header UKPRN must match the UKPRN in the file name",
				"UKPRN", "Filename"), (m, c) -> {
					Matcher x = loose(c);
					Integer ukprn = headerUkprn(m);
					return x != null && ukprn != null && !x.group(1).equals(ukprn.toString())
							? "the header gives UKPRN " + ukprn + " but the file name gives " + x.group(1) : null;
				}, (m, c) -> {
					Map<String, Object> x = new LinkedHashMap<>();
					x.put("UKPRN", headerUkprn(m));
					x.put("Filename", fileName(c));
					return x;
				}));
		rules.add(rule(info("UKPRN_03", "E", RuleInfo.LEARNER, "LearningProvider",
				"the LearningProvider UKPRN must match the header UKPRN", "UKPRN"), (m, c) -> {
					Integer header = headerUkprn(m);
					Integer provider = c.providerUkprn();
					return header != null && provider != null && !header.equals(provider)
							? "LearningProvider UKPRN " + provider + " differs from the header's " + header : null;
				}, (m, c) -> {
					Map<String, Object> x = new LinkedHashMap<>();
					x.put("UKPRN", c.providerUkprn());
					return x;
				}));
		return rules;
	}
}
