package dev.ilrsh.generate;

import static dev.ilrsh.generate.AimBuilder.component;
import static dev.ilrsh.generate.AimBuilder.programme;
import static dev.ilrsh.generate.AimBuilder.standalone;

import dev.ilrsh.model.CollectionDetails;
import dev.ilrsh.model.Header;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningDeliveryFAM;
import dev.ilrsh.model.LearningProvider;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.Source;
import dev.ilrsh.model.XmlExtras;
import dev.ilrsh.files.OutputFile;
import dev.ilrsh.progress.Progress;
import dev.ilrsh.files.OutputFileException;
import dev.ilrsh.xml.IlrWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Makes synthetic, fictional, XSD-valid 2025-26 ILR returns for demonstrations, tests and benchmarks.
 *
 * <p>
 * The mix follows a general FE college with an apprenticeship arm: about half the people are apprentices on standards
 * (continuing, achieved this year, at gateway awaiting end-point assessment, withdrawn, transferred to another provider
 * or to another standard, on a break, restarted after a break, or progressed from one standard to the next on one
 * record), a third are on 16-19 study programmes (FundModel 25) and the rest on adult skills (FundModel 38, and a few
 * FundModel 35 learners who started before August 2024). A small share ({@link GeneratorOptions#mistakeRate()}) is
 * recorded with one typical mistake, each listed as a {@link PlantedFinding}: a progression split across two learner
 * records with one ULN (R59, and R06 as well when the learner reference was reused), a ULN failing its check digit
 * (ULN_04), a repeated AimSeqNumber (R07), an ACT record not closed at the AchDate (R121), a new programme started
 * before the previous one's AchDate (R124), and a component left open after its programme closed (R90). Everything
 * else is meant to pass the 2025-26 rules that can be decided from the file alone.
 *
 * <p>
 * Names are drawn from a short list of given names and from invented family names (a third of learners share 40
 * common ones, the rest spread over 16,000, so that name searches meet a realistic variety); postcodes are ZZ99 9ZZ; NI numbers use
 * the never-issued prefix ZZ; ULNs and employer numbers pass their check digits (DD01, DD05) but belong to nobody;
 * learning aim references (Z9xxxxxx) and standard codes (9xxx) are fictional, so checks against LARS or other
 * reference data fail by design.
 *
 * <p>
 * Output is reproducible: the same options give the same records and, written with {@link IlrWriter} or
 * {@link #write}, the same bytes. Each person is drawn from a random generator seeded from the seed and the person's
 * number, so a change to one kind of learner does not shift every other one.
 */
public final class Generator {

	private static final String[] GIVEN = { "Alex", "Amira", "Ben", "Bethan", "Callum", "Chloe", "Dylan", "Ella",
			"Finn", "Freya", "George", "Grace", "Harvey", "Isla", "Jack", "Jasmine", "Kai", "Leah", "Logan", "Maya",
			"Mohammed", "Nadia", "Oliver", "Olivia", "Priya", "Reuben", "Rosa", "Ryan", "Sophie", "Theo", "Tilly",
			"Usman", "Violet", "Wiktor", "Yusuf", "Zara", "Aled", "Niamh", "Kwame", "Ines" };

	/** Invented family names: a third of learners share the 40 common ones, the rest spread over 16,000 more. */
	private static final String[] NAME_START = { "Ash", "Birch", "Cal", "Dun", "Ever", "Fair", "Glen", "Hart", "Iron",
			"Kettle", "Lang", "Mar", "North", "Orms", "Pen", "Quar", "Red", "Stan", "Thistle", "Up", "Wester", "Yar",
			"Brin", "Dove", "Elm" };
	private static final String[] NAME_MIDDLE = { "", "a", "e", "i", "o", "en", "er", "in", "on", "el", "an", "ow", "ey",
			"al", "ar", "is" };
	private static final String[] NAME_END = { "down", "ley", "way", "more", "ford", "field", "well", "wood", "by",
			"ton", "ham", "shaw", "dale", "croft", "hurst", "bridge", "combe", "stead", "worth", "wick", "gate", "holme",
			"mere", "thorpe", "bury", "cote", "ridge", "low", "hill", "brook", "moor", "den", "side", "land", "mouth",
			"ney", "stone", "hay", "leigh", "ings" };
	private static final int COMMON_NAMES = 8000;
	private static final int FAMILY_NAMES = COMMON_NAMES + NAME_START.length * NAME_MIDDLE.length * NAME_END.length;

	static String familyName(int k) {
		if (k < COMMON_NAMES) {
			return FAMILY[k % FAMILY.length];
		}
		int n = k - COMMON_NAMES;
		return NAME_START[n % NAME_START.length] + NAME_MIDDLE[n / NAME_START.length % NAME_MIDDLE.length]
				+ NAME_END[n / (NAME_START.length * NAME_MIDDLE.length)];
	}

	private static final String[] FAMILY = { "Ashdown", "Birchley", "Calloway", "Dunmore", "Eversley", "Fairweather",
			"Glendale", "Hartwell", "Ironside", "Jessop", "Kettleby", "Langridge", "Marwood", "Northcott", "Ormsby",
			"Pevensey", "Quarrington", "Redfern", "Stanwick", "Thistlewood", "Upfield", "Vantage", "Westerby",
			"Yarwood", "Abbotsley", "Brindle", "Coldwell", "Dovecote", "Elmbridge", "Foxhollow", "Greenhalgh",
			"Hazeldine", "Inchbold", "Juniper", "Kingsmill", "Lockwood", "Millbank", "Netherby", "Oakenshaw",
			"Pickering" };

	private static final int[] ETHNICITIES = { 31, 31, 31, 31, 31, 32, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
			46, 47, 99 };

	private static final String[] GRADES = { "PA", "PA", "ME", "DI" };


	private Generator() {
	}

	/** A generated file and the findings planted in it. */
	public record Generated(Message message, List<PlantedFinding> planted) {

		public Generated {
			planted = List.copyOf(planted);
		}
	}

	/**
	 * The learner records one by one, for files too large to hold; also the planted findings met so far.
	 */
	public interface LearnerStream extends Iterator<Learner> {

		/** The findings planted in the records returned so far. */
		List<PlantedFinding> planted();
	}

	/**
	 * Generates a whole file in memory: roughly 5 KB of heap per learner record (about 500 MB for 100,000); for very
	 * large files use {@link #write(GeneratorOptions, Path, boolean)}.
	 */
	public static Message generate(GeneratorOptions options) {
		return generateWithPlan(options).message();
	}

	/** Generates a whole file and the list of findings planted in it. */
	public static Generated generateWithPlan(GeneratorOptions options) {
		LearnerStream stream = learners(options);
		List<Learner> learners = new ArrayList<>(options.learners());
		while (stream.hasNext()) {
			learners.add(stream.next());
		}
		return new Generated(message(options, learners), stream.planted());
	}

	/** The header the generated file carries: prepared on the reference date at 09:30, serial 01. */
	public static Header header(GeneratorOptions options) {
		return new Header(new CollectionDetails("ILR", "2526", options.referenceDate(), XmlExtras.NONE),
				new Source("OFFICIAL-SENSITIVE-Personal", options.ukprn(), "ilrsh", "ilrsh generate", "0.1", "01",
						options.referenceDate().atTime(9, 30), null, null, XmlExtras.NONE),
				XmlExtras.NONE);
	}

	/** The official file name for the generated file, e.g. {@code ILR-10000001-2526-20251120-093000-01.XML}. */
	public static String fileName(GeneratorOptions options) {
		LocalDateTime at = options.referenceDate().atTime(9, 30);
		return String.format("ILR-%d-2526-%04d%02d%02d-%02d%02d00-01.XML", options.ukprn(), at.getYear(),
				at.getMonthValue(), at.getDayOfMonth(), at.getHour(), at.getMinute());
	}

	/** The learner records, generated as they are asked for. */
	public static LearnerStream learners(GeneratorOptions options) {
		return new Run(options);
	}

	/**
	 * Writes the file to {@code out} as it is generated, holding only a few hundred learners at a time; the text is the
	 * same as {@link IlrWriter#write(Message, Writer)} gives for {@link #generate}.
	 *
	 * @return the findings planted in the file
	 */
	public static List<PlantedFinding> write(GeneratorOptions options, Writer out) throws IOException {
		return write(options, out, Progress.NONE);
	}

	/** As {@link #write(GeneratorOptions, Writer)}, telling {@code progress} as each learner is written. */
	public static List<PlantedFinding> write(GeneratorOptions options, Writer out, Progress progress)
			throws IOException {
		LearnerStream stream = learners(options);
		IlrWriter.write(message(options, List.of()), Progress.counting(stream, options.learners(), progress), out);
		return stream.planted();
	}

	/**
	 * Writes the file to {@code target} as it is generated (see {@link #write(GeneratorOptions, Writer)}), through a
	 * temporary file beside it that is moved into place at the end, so a failed run leaves no half-written file.
	 *
	 * @return the findings planted in the file
	 */
	public static List<PlantedFinding> write(GeneratorOptions options, OutputFile target) throws OutputFileException {
		return write(options, target, Progress.NONE);
	}

	/** As {@link #write(GeneratorOptions, OutputFile)}, telling {@code progress} as each learner is written. */
	public static List<PlantedFinding> write(GeneratorOptions options, OutputFile target, Progress progress)
			throws OutputFileException {
		List<List<PlantedFinding>> planted = new ArrayList<>(1);
		target.writeText(out -> planted.add(write(options, out, progress)));
		return planted.get(0);
	}

	private static Message message(GeneratorOptions options, List<Learner> learners) {
		return new Message(header(options), null, new LearningProvider(options.ukprn(), XmlExtras.NONE), learners,
				XmlExtras.NONE);
	}

	/** The kinds of person the generator draws. */
	enum Kind {
		STUDY_PROGRAMME, ADULT_SKILLS_FUND, ADULT_SKILLS_LEGACY, CONTINUING, ACHIEVED, GATEWAY, WITHDRAWN,
		TRANSFERRED_OUT, TRANSFERRED_STANDARD, ON_BREAK, RESTARTED, PROGRESSED,
		// mistakes
		SPLIT_PROGRESSION, SPLIT_SAME_REFERENCE, BAD_ULN, DUPLICATE_AIM_NUMBER, ACT_OPEN_AT_ACHIEVEMENT,
		OVERLAPPING_PROGRAMMES, COMPONENT_LEFT_OPEN
	}

	private static final Kind[] NORMAL = { Kind.STUDY_PROGRAMME, Kind.ADULT_SKILLS_FUND, Kind.ADULT_SKILLS_LEGACY,
			Kind.CONTINUING, Kind.ACHIEVED, Kind.GATEWAY, Kind.WITHDRAWN, Kind.TRANSFERRED_OUT,
			Kind.TRANSFERRED_STANDARD, Kind.ON_BREAK, Kind.RESTARTED, Kind.PROGRESSED };

	private static final double[] NORMAL_WEIGHTS = { 33, 15, 3, 23, 6, 4, 4, 1, 2, 2, 2, 5 };

	private static final Kind[] MISTAKES = { Kind.SPLIT_PROGRESSION, Kind.SPLIT_SAME_REFERENCE, Kind.BAD_ULN,
			Kind.DUPLICATE_AIM_NUMBER, Kind.ACT_OPEN_AT_ACHIEVEMENT, Kind.OVERLAPPING_PROGRAMMES,
			Kind.COMPONENT_LEFT_OPEN };

	private static final double[] MISTAKE_WEIGHTS = { 30, 10, 15, 15, 10, 10, 10 };

	/** One generation: people drawn in order, each giving one learner record or (when split) two. */
	private static final class Run implements LearnerStream {

		private final GeneratorOptions options;
		private final LocalDate ref;
		private final long ulnOffset;
		private final Deque<Learner> pending = new ArrayDeque<>();
		private final List<PlantedFinding> planted = new ArrayList<>();
		private int produced;
		private long person;
		private int nextRef = 1;
		private SplittableRandom rnd;

		Run(GeneratorOptions options) {
			this.options = options;
			this.ref = options.referenceDate();
			this.ulnOffset = Math.floorMod(new SplittableRandom(options.seed()).nextLong(), 90_000_000L);
		}

		@Override
		public boolean hasNext() {
			return produced < options.learners();
		}

		@Override
		public Learner next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			if (pending.isEmpty()) {
				drawPerson(options.learners() - produced);
			}
			produced++;
			return pending.removeFirst();
		}

		@Override
		public List<PlantedFinding> planted() {
			return List.copyOf(planted);
		}

		private void drawPerson(int slotsLeft) {
			long n = person++;
			rnd = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + 17);
			Kind kind;
			if (rnd.nextDouble() < options.mistakeRate()) {
				kind = pick(MISTAKES, MISTAKE_WEIGHTS);
				if (slotsLeft < 2 && (kind == Kind.SPLIT_PROGRESSION || kind == Kind.SPLIT_SAME_REFERENCE)) {
					kind = Kind.BAD_ULN;
				}
			}
			else {
				kind = pick(NORMAL, NORMAL_WEIGHTS);
			}
			long uln = Ids.uln(n, ulnOffset);
			switch (kind) {
				case STUDY_PROGRAMME -> pending.add(studyProgramme(uln));
				case ADULT_SKILLS_FUND -> pending.add(adult(uln, false));
				case ADULT_SKILLS_LEGACY -> pending.add(adult(uln, true));
				default -> apprentice(kind, uln);
			}
		}

		private <T> T pick(T[] values, double[] weights) {
			double total = 0;
			for (double w : weights) {
				total += w;
			}
			double r = rnd.nextDouble() * total;
			for (int i = 0; i < values.length; i++) {
				r -= weights[i];
				if (r < 0) {
					return values[i];
				}
			}
			return values[values.length - 1];
		}

		private int between(int low, int high) {
			return high <= low ? low : low + rnd.nextInt(high - low + 1);
		}

		/** A date from {@code from} to {@code to} inclusive ({@code from} when the range is empty). */
		private LocalDate date(LocalDate from, LocalDate to) {
			long days = ChronoUnit.DAYS.between(from, to);
			return days <= 0 ? from : from.plusDays(rnd.nextLong(days + 1));
		}

		private LocalDate earlier(LocalDate a, LocalDate b) {
			return a.isBefore(b) ? a : b;
		}

		private LocalDate later(LocalDate a, LocalDate b) {
			return a.isAfter(b) ? a : b;
		}

		private String newReference() {
			return String.format("G%08d", nextRef++);
		}

		private LearnerBuilder person(long uln, int minAge, int maxAge, LocalDate ageOn) {
			LocalDate latest = ageOn.minusYears(minAge);
			LocalDate earliest = ageOn.minusYears(maxAge + 1).plusDays(1);
			LearnerBuilder b = new LearnerBuilder(newReference(), uln, GIVEN[rnd.nextInt(GIVEN.length)],
					familyName(rnd.nextInt(FAMILY_NAMES)), date(earliest, latest));
			b.sex = rnd.nextBoolean() ? "F" : "M";
			b.ethnicity = ETHNICITIES[rnd.nextInt(ETHNICITIES.length)];
			b.addLine1 = between(1, 240) + " " + FAMILY[rnd.nextInt(FAMILY.length)] + " Road";
			b.addLine2 = "Exampleton";
			return b;
		}

		// ---------------------------------------------------------------- 16-19 and adults

		private Learner studyProgramme(long uln) {
			LocalDate aug31 = LocalDate.of(2025, 8, 31);
			boolean secondYear = rnd.nextInt(100) < 45;
			LearnerBuilder b = person(uln, secondYear ? 17 : 16, secondYear ? 18 : 17, aug31);
			b.planLearnHours = between(54, 60) * 10;
			b.planEEPHours = between(2, 8) * 10;
			b.mathGrade = Integer.toString(between(4, 9));
			b.engGrade = Integer.toString(between(4, 9));
			LocalDate thisYear = earlier(date(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 12)), ref);
			LocalDate start = secondYear ? date(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 13)) : thisYear;
			LocalDate end = secondYear || rnd.nextInt(100) < 30 ? LocalDate.of(2026, 6, 26) : LocalDate.of(2027, 6, 25);
			AimBuilder core = standalone(String.format("Z91%05d", between(1, 60)), 5, 25, start, end, "107");
			AimBuilder extra = standalone(String.format("Z92%05d", between(1, 40)), 4, 25, thisYear,
					LocalDate.of(2026, 6, 19), "107");
			b.aim(core).aim(extra);
			if (rnd.nextInt(100) < 6 && thisYear.plusDays(14).isBefore(ref)) {
				LocalDate left = date(thisYear.plusDays(14), ref.minusDays(1));
				int reason = rnd.nextBoolean() ? 44 : 97;
				core.withdrawn(left, reason);
				extra.withdrawn(left, reason);
			}
			return b.build();
		}

		private Learner adult(long uln, boolean legacy) {
			LocalDate start = legacy ? date(LocalDate.of(2023, 9, 4), LocalDate.of(2024, 7, 26))
					: date(GeneratorOptions.YEAR_START, ref);
			LearnerBuilder b = person(uln, 24, 64, start);
			b.planLearnHours = between(3, 45) * 10;
			if (rnd.nextInt(100) < 55) {
				b.niNumber = LearnerBuilder.niNumber((int) (uln % 1_000_000));
			}
			b.priorAttain(pick(new Integer[] { 1, 2, 3, 4, 5, 98, 99 }, new double[] { 2, 3, 3, 4, 2, 1, 1 }),
					later(b.dateOfBirth.plusYears(16), start.minusYears(between(1, 20))));
			int status = rnd.nextInt(100);
			if (status < 45) {
				b.unemployed(start.minusDays(between(7, 400)), between(1, 5));
			}
			else {
				b.employedAdult(later(b.dateOfBirth.plusYears(16), start.minusDays(between(30, 3000))), between(5, 8));
			}
			LocalDate planned = legacy ? date(ref.plusDays(7), ref.plusDays(240))
					: start.plusWeeks(between(6, 40));
			AimBuilder aim = standalone(String.format("Z93%05d", between(1, 120)), 4, legacy ? 35 : 38, start,
					planned, "105").fam("FFI", rnd.nextInt(100) < 80 ? "1" : "2");
			if (!legacy && planned.isBefore(ref) && rnd.nextInt(100) < 85) {
				aim.completed(later(start, planned.minusDays(between(0, 7))));
			}
			else if (!legacy && rnd.nextInt(100) < 5 && start.plusDays(7).isBefore(ref)) {
				aim.withdrawn(date(start.plusDays(7), ref.minusDays(1)), 44);
			}
			b.aim(aim);
			return b.build();
		}

		// ---------------------------------------------------------------- apprentices

		/** A standard: code, level, planned months, price. */
		private record Std(int code, int level) {
		}

		private Std standard(int minLevel) {
			int level = Math.max(minLevel, pick(new Integer[] { 2, 3, 4, 5, 6, 7 }, new double[] { 20, 40, 18, 8, 10, 4 }));
			return new Std(9000 + level * 100 + between(1, 40), level);
		}

		private int months(Std s) {
			return switch (s.level()) {
				case 2 -> between(13, 16);
				case 3 -> between(13, 20);
				case 4 -> between(15, 24);
				case 5 -> between(18, 30);
				case 6 -> between(36, 48);
				default -> between(24, 30);
			};
		}

		/** A programme aim with SOF, an open ACT, TNP1 and TNP2 from the start, and planned OTJ hours. */
		private AimBuilder programmeAim(Std s, LocalDate start, int months) {
			LocalDate plannedEnd = start.plusMonths(months).minusDays(between(0, 6));
			int hours = Math.max(300, (int) (ChronoUnit.WEEKS.between(start, plannedEnd) * between(6, 8)));
			int price = (s.level() * 3000 + between(0, 20) * 250);
			int assessment = Math.max(500, price / 10 / 50 * 50);
			return programme(s.code(), start, plannedEnd, Math.min(hours, 9999), String.format("EPA%04d", s.code()))
				.act(start, null)
				.tnp(1, start, price - assessment)
				.tnp(2, start, assessment);
		}

		private String componentRef(Std s, int k) {
			return String.format("Z90%04d%d", s.code() % 10000, k);
		}

		private List<AimBuilder> components(Std s, AimBuilder prog) {
			List<AimBuilder> list = new ArrayList<>(2);
			list.add(component(componentRef(s, 1), prog));
			if (rnd.nextInt(100) < 35) {
				list.add(component(componentRef(s, 2), prog));
			}
			return list;
		}

		private static void closeAct(AimBuilder prog, LocalDate to) {
			for (int i = 0; i < prog.fams.size(); i++) {
				LearningDeliveryFAM f = prog.fams.get(i);
				if (f.learnDelFAMType().equals("ACT") && f.learnDelFAMDateTo() == null) {
					prog.fams.set(i, new LearningDeliveryFAM("ACT", f.learnDelFAMCode(), f.learnDelFAMDateFrom(), to,
							XmlExtras.NONE));
				}
			}
		}

		private int otj(AimBuilder prog, double share) {
			return Math.max(0, (int) Math.round(prog.pHours * share));
		}

		/** A programme achieved on {@code ach}: practical period ended some weeks before, components completed. */
		private List<AimBuilder> achievedProgramme(Std s, LocalDate ach, boolean closeAct) {
			LocalDate end = ach.minusDays(between(21, 90));
			int months = months(s);
			LocalDate start = end.minusMonths(months).minusDays(between(0, 20));
			AimBuilder prog = programmeAim(s, start, months);
			prog.achieved(end, ach, GRADES[rnd.nextInt(GRADES.length)], otj(prog, 1.0 + rnd.nextInt(15) / 100.0));
			if (closeAct) {
				closeAct(prog, ach);
			}
			List<AimBuilder> aims = new ArrayList<>();
			aims.add(prog);
			for (AimBuilder c : components(s, prog)) {
				aims.add(c.completed(end.minusDays(between(0, 30))));
			}
			return aims;
		}

		/** An open programme starting on {@code start} with its components. */
		private List<AimBuilder> openProgramme(Std s, LocalDate start) {
			AimBuilder prog = programmeAim(s, start, months(s));
			List<AimBuilder> aims = new ArrayList<>();
			aims.add(prog);
			aims.addAll(components(s, prog));
			return aims;
		}

		/** The apprentice's person data: employed with one employer since before the first start. */
		private LearnerBuilder apprenticeFor(long uln, LocalDate firstStart) {
			LearnerBuilder b = person(uln, 16, 55, firstStart);
			if (b.dateOfBirth.plusYears(17).isAfter(firstStart)) {
				// a sixteen-year-old starting: employed from the start of the summer, at least a week before
				b.dateOfBirth = b.dateOfBirth.minusYears(1);
			}
			b.niNumber = LearnerBuilder.niNumber((int) (uln % 1_000_000));
			SampleFile.priorAttainment(b, firstStart);
			LocalDate earliestJob = b.dateOfBirth.plusYears(16).plusMonths(2);
			LocalDate since = later(earliestJob, firstStart.minusDays(between(7, 1500)));
			b.employed(since, Ids.empId(rnd.nextInt(20_000)), LearnerBuilder.lengthOfEmployment(since, firstStart));
			return b;
		}

		private void apprentice(Kind kind, long uln) {
			LocalDate y = GeneratorOptions.YEAR_START;
			List<AimBuilder> aims = new ArrayList<>();
			List<AimBuilder> second = null;
			switch (kind) {
				case CONTINUING, BAD_ULN, DUPLICATE_AIM_NUMBER -> {
					Std s = standard(2);
					int months = months(s);
					LocalDate start = date(ref.minusMonths(months).plusDays(30), ref);
					AimBuilder prog = programmeAim(s, start, months);
					aims.add(prog);
					aims.addAll(components(s, prog));
					if (kind == Kind.DUPLICATE_AIM_NUMBER) {
						if (aims.size() < 3) {
							aims.add(component(componentRef(s, 2), prog));
						}
						aims.get(2).aimSeqNumber = 2;
					}
				}
				case ACHIEVED, ACT_OPEN_AT_ACHIEVEMENT, COMPONENT_LEFT_OPEN -> {
					Std s = standard(2);
					aims.addAll(achievedProgramme(s, date(y.plusDays(7), ref.minusDays(1)),
							kind != Kind.ACT_OPEN_AT_ACHIEVEMENT));
					if (kind == Kind.COMPONENT_LEFT_OPEN) {
						aims.add(component(componentRef(s, 3), aims.get(0)));
					}
				}
				case GATEWAY -> {
					Std s = standard(2);
					LocalDate end = date(later(y, ref.minusDays(120)), ref.minusDays(1));
					int months = months(s);
					LocalDate start = end.minusMonths(months).minusDays(between(0, 20));
					AimBuilder prog = programmeAim(s, start, months);
					prog.atGateway(end, otj(prog, 1.0 + rnd.nextInt(10) / 100.0));
					aims.add(prog);
					for (AimBuilder c : components(s, prog)) {
						aims.add(c.completed(end.minusDays(between(0, 30))));
					}
				}
				case WITHDRAWN, TRANSFERRED_OUT -> {
					Std s = standard(2);
					LocalDate end = date(y, ref.minusDays(1));
					int months = months(s);
					LocalDate start = end.minusDays(between(30, months * 28));
					AimBuilder prog = programmeAim(s, start, months);
					int reason = kind == Kind.TRANSFERRED_OUT ? 2 : pick(new Integer[] { 3, 29, 43, 44, 97 },
							new double[] { 1, 1, 1, 4, 2 });
					prog.withdrawn(end, reason);
					prog.otjActHours = otj(prog, ChronoUnit.DAYS.between(start, end)
							/ (double) ChronoUnit.DAYS.between(start, prog.learnPlanEndDate));
					closeAct(prog, end);
					aims.add(prog);
					for (AimBuilder c : components(s, prog)) {
						aims.add(c.withdrawn(end, reason));
					}
				}
				case TRANSFERRED_STANDARD -> {
					Std s = standard(2);
					LocalDate end = date(y, ref.minusDays(10));
					int months = months(s);
					LocalDate start = end.minusDays(between(30, 240));
					AimBuilder prog = programmeAim(s, start, months);
					prog.withdrawn(end, 40);
					prog.otjActHours = otj(prog, ChronoUnit.DAYS.between(start, end)
							/ (double) ChronoUnit.DAYS.between(start, prog.learnPlanEndDate));
					closeAct(prog, end);
					aims.add(prog);
					for (AimBuilder c : components(s, prog)) {
						aims.add(c.withdrawn(end, 40));
					}
					Std next = new Std(s.code() + 50, s.level());
					aims.addAll(openProgramme(next, date(end.plusDays(3), earlier(end.plusDays(40), ref))));
				}
				case ON_BREAK -> {
					Std s = standard(2);
					LocalDate end = date(y, ref.minusDays(1));
					int months = months(s);
					LocalDate start = end.minusDays(between(60, months * 28));
					AimBuilder prog = programmeAim(s, start, months).onBreak(end);
					closeAct(prog, end);
					aims.add(prog);
					for (AimBuilder c : components(s, prog)) {
						aims.add(c.onBreak(end));
					}
				}
				case RESTARTED -> {
					Std s = standard(2);
					LocalDate restart = date(y, ref);
					LocalDate end = restart.minusDays(between(14, 200));
					int months = months(s);
					LocalDate start = end.minusDays(between(60, months * 25));
					AimBuilder prog = programmeAim(s, start, months).onBreak(end);
					closeAct(prog, end);
					aims.add(prog);
					List<AimBuilder> comps = components(s, prog);
					for (AimBuilder c : comps) {
						aims.add(c.onBreak(end));
					}
					long used = ChronoUnit.DAYS.between(start, end);
					LocalDate plannedEnd = restart.plusDays(Math.max(120,
							ChronoUnit.DAYS.between(start, prog.learnPlanEndDate) - used));
					int remaining = Math.max(60, prog.pHours - otj(prog, used
							/ (double) ChronoUnit.DAYS.between(start, prog.learnPlanEndDate)));
					int tnp = prog.finance.get(0).aFinAmount() / 2;
					AimBuilder again = programme(s.code(), restart, plannedEnd, remaining, prog.epaOrgId)
						.restartOf(start)
						.act(restart, null)
						.tnp(3, restart, tnp)
						.tnp(4, restart, prog.finance.get(1).aFinAmount());
					aims.add(again);
					for (AimBuilder c : comps) {
						aims.add(component(c.learnAimRef, again));
					}
				}
				case PROGRESSED, SPLIT_PROGRESSION, SPLIT_SAME_REFERENCE, OVERLAPPING_PROGRAMMES -> {
					Std s = standard(2);
					Std drawn = standard(Math.min(7, s.level() + 1));
					Std next = drawn.code() == s.code() ? new Std(s.code() + 1, s.level()) : drawn;
					if (kind == Kind.OVERLAPPING_PROGRAMMES) {
						// practical period over, EPA passed later: the next standard starts in between
						LocalDate ach = date(y.plusDays(10), ref.minusDays(1));
						aims.addAll(achievedProgramme(s, ach, true));
						LocalDate end = aims.get(0).learnActEndDate;
						List<AimBuilder> b = openProgramme(next, date(end.plusDays(1), ach.minusDays(1)));
						aims.addAll(b);
					}
					else {
						LocalDate ach = date(y.plusDays(7), ref.minusDays(7));
						aims.addAll(achievedProgramme(s, ach, true));
						List<AimBuilder> b = openProgramme(next, date(ach.plusDays(1), earlier(ach.plusDays(60), ref)));
						if (kind == Kind.PROGRESSED) {
							aims.addAll(b);
						}
						else {
							second = b;
						}
					}
				}
				default -> throw new IllegalStateException(kind.name());
			}
			LearnerBuilder b = apprenticeFor(uln, aims.get(0).learnStartDate);
			if (kind == Kind.BAD_ULN) {
				b.uln = LearnerBuilder.breakCheckDigit(b.uln);
			}
			aims.forEach(b::aim);
			Learner first = b.build();
			pending.add(first);
			String lrn = first.learnRefNumber();
			switch (kind) {
				case BAD_ULN -> planted.add(new PlantedFinding("ULN_04", lrn, null));
				case DUPLICATE_AIM_NUMBER -> planted.add(new PlantedFinding("R07", lrn, null));
				case ACT_OPEN_AT_ACHIEVEMENT -> planted.add(new PlantedFinding("R121", lrn, 1));
				case COMPONENT_LEFT_OPEN -> planted.add(new PlantedFinding("R90", lrn, 1));
				case OVERLAPPING_PROGRAMMES -> planted.add(new PlantedFinding("R124", lrn, first.learningDelivery()
					.stream()
					.filter(a -> a.isProgrammeAim())
					.skip(1)
					.findFirst()
					.orElseThrow()
					.aimSeqNumber()));
				default -> {
				}
			}
			if (second != null) {
				b.learnRefNumber = kind == Kind.SPLIT_SAME_REFERENCE ? lrn : newReference();
				b.aims.clear();
				second.forEach(b::aim);
				Learner other = b.build();
				pending.add(other);
				if (kind == Kind.SPLIT_SAME_REFERENCE) {
					planted.add(new PlantedFinding("R06", lrn, null));
					planted.add(new PlantedFinding("R06", lrn, null));
				}
				planted.add(new PlantedFinding("R59", lrn, null));
				planted.add(new PlantedFinding("R59", other.learnRefNumber(), null));
			}
		}
	}
}
