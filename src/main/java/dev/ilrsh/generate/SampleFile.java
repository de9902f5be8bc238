package dev.ilrsh.generate;

import static dev.ilrsh.generate.AimBuilder.component;
import static dev.ilrsh.generate.AimBuilder.programme;
import static dev.ilrsh.generate.AimBuilder.standalone;

import dev.ilrsh.model.CollectionDetails;
import dev.ilrsh.model.Header;
import dev.ilrsh.model.Learner;
import dev.ilrsh.model.LearningProvider;
import dev.ilrsh.model.Message;
import dev.ilrsh.model.Source;
import dev.ilrsh.model.XmlExtras;
import dev.ilrsh.files.OutputFile;
import dev.ilrsh.files.OutputFileException;
import dev.ilrsh.xml.IlrWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-made sample return in {@code sample-data/}: about forty fictional learners of a fictional provider (UKPRN
 * 10000001) that tell the story ilrsh exists for — a progression exported as two learner records, a progression
 * recorded properly, a break and restart, a learner at gateway, withdrawals and transfers, 16-19 and adult learners —
 * and a handful of deliberate mistakes. {@code sample-data/README.md} lists every learner and the findings a validator
 * should give; this class is the single place the file's content is decided, and a test checks the committed file is
 * exactly what it writes.
 */
public final class SampleFile {

	/** The fictional provider. */
	public static final int UKPRN = 10000001;

	/** The file's name in the official pattern (UKPRN, year, preparation date and time, serial). */
	public static final String FILE_NAME = "ILR-10000001-2526-20251120-093000-01.XML";

	/** The file preparation date. */
	public static final LocalDate PREPARED = LocalDate.of(2025, 11, 20);

	private static final long ULN_OFFSET = 4_242_424L;

	private SampleFile() {
	}

	/**
	 * The findings a validator should give on the sample, in file order: the two progression stories (R59 on each
	 * record, and R06 as well where the reference was reused) and one planted mistake each on APP021 to APP025.
	 */
	public static List<PlantedFinding> planted() {
		return List.of(new PlantedFinding("R59", "APP001", null), new PlantedFinding("R59", "APP002", null),
				new PlantedFinding("R06", "APP003", null), new PlantedFinding("R59", "APP003", null),
				new PlantedFinding("R06", "APP003", null), new PlantedFinding("R59", "APP003", null),
				new PlantedFinding("ULN_04", "APP021", null), new PlantedFinding("R07", "APP022", null),
				new PlantedFinding("R121", "APP023", 1), new PlantedFinding("R124", "APP024", 3),
				new PlantedFinding("R90", "APP025", 1));
	}

	/** Writes the sample to {@code target} (replacing it). */
	public static void main(String[] args) throws OutputFileException {
		Path target = Path.of(args.length > 0 ? args[0] : "sample-data/" + FILE_NAME);
		IlrWriter.write(message(), OutputFile.at(target).replacing(true));
	}

	/** The sample return. */
	public static Message message() {
		Header header = new Header(new CollectionDetails("ILR", "2526", PREPARED, XmlExtras.NONE),
				new Source("OFFICIAL-SENSITIVE-Personal", UKPRN, "ilrsh", "ilrsh sample data", "0.1", "01",
						LocalDateTime.of(2025, 11, 20, 9, 30), null, null, XmlExtras.NONE),
				XmlExtras.NONE);
		List<Learner> learners = new ArrayList<>();
		apprentices(learners);
		studyProgrammes(learners);
		adults(learners);
		return new Message(header, null, new LearningProvider(UKPRN, XmlExtras.NONE), learners, XmlExtras.NONE);
	}

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	private static long uln(int n) {
		return Ids.uln(n, ULN_OFFSET);
	}

	/** An apprentice: employed by {@code employer} since {@code employedSince}, prior attainment full level 3. */
	private static LearnerBuilder apprentice(String ref, int n, String given, String family, String dob,
			int employer, String employedSince, LocalDate firstStart) {
		LearnerBuilder b = new LearnerBuilder(ref, uln(n), given, family, d(dob));
		b.sex = n % 2 == 0 ? "M" : "F";
		b.ethnicity = ETHNICITIES[n % ETHNICITIES.length];
		b.niNumber = LearnerBuilder.niNumber(400_000 + n * 37);
		b.addLine1 = n + " Sample Street";
		b.addLine2 = "Exampleton";
		priorAttainment(b, firstStart);
		LocalDate since = d(employedSince);
		b.employed(since, Ids.empId(employer), LearnerBuilder.lengthOfEmployment(since, firstStart));
		return b;
	}

	/**
	 * Full level 3 from the July the learner turned 18 for those who started at 19 or over, else full level 2 from the
	 * July they turned 16; either way dated before the first start (R131).
	 */
	static void priorAttainment(LearnerBuilder b, LocalDate firstStart) {
		LocalDate at18 = b.dateOfBirth.plusYears(18).withMonth(7).withDayOfMonth(31);
		if (at18.isBefore(firstStart) && !b.dateOfBirth.plusYears(19).isAfter(firstStart)) {
			b.priorAttain(6, at18);
		}
		else {
			b.priorAttain(4, b.dateOfBirth.plusYears(16).withMonth(7).withDayOfMonth(31));
		}
	}

	private static final int[] ETHNICITIES = { 31, 32, 34, 35, 36, 39, 40, 42, 43, 44, 46, 47 };

	/** A standard's programme aim with its ACT record, TNP1 and TNP2 from the start. */
	private static AimBuilder standard(int stdCode, String start, String plannedEnd, int hours, int training,
			int assessment) {
		LocalDate s = d(start);
		return programme(stdCode, s, d(plannedEnd), hours, "EPA" + (9000 + stdCode % 1000))
			.act(s, null)
			.tnp(1, s, training)
			.tnp(2, s, assessment);
	}

	/** Closes the programme's (only) ACT record at {@code to}. */
	private static AimBuilder closeAct(AimBuilder prog, LocalDate to) {
		var act = prog.fams.stream().filter(f -> f.learnDelFAMType().equals("ACT")).findFirst().orElseThrow();
		prog.fams.set(prog.fams.indexOf(act), new dev.ilrsh.model.LearningDeliveryFAM("ACT", act.learnDelFAMCode(),
				act.learnDelFAMDateFrom(), to, XmlExtras.NONE));
		return prog;
	}

	private static void apprentices(List<Learner> out) {
		// APP001 + APP002: the forum case. One person, one ULN, two learner records (R59 on both).
		AimBuilder l4 = standard(9401, "2024-06-03", "2025-08-29", 400, 9000, 1000)
			.achieved(d("2025-08-29"), d("2025-10-22"), "PA", 420);
		closeAct(l4, d("2025-10-22"));
		out.add(apprentice("APP001", 1, "Alex", "Brightwater", "2000-03-14", 1, "2024-05-01", d("2024-06-03"))
			.aim(l4)
			.aim(component("Z9000041", l4).completed(d("2025-08-29")))
			.build());
		AimBuilder l6 = standard(9601, "2025-11-03", "2028-10-31", 900, 18000, 1500);
		out.add(apprentice("APP002", 1, "Alex", "Brightwater", "2000-03-14", 1, "2024-05-01", d("2025-11-03"))
			.aim(l6)
			.aim(component("Z9000061", l6))
			.build());

		// APP003 twice: the same, exported with the learner reference reused (R06 and R59 on both records).
		AimBuilder l3 = standard(9302, "2024-04-08", "2025-07-25", 350, 7000, 900)
			.achieved(d("2025-07-25"), d("2025-09-19"), "ME", 380);
		closeAct(l3, d("2025-09-19"));
		out.add(apprentice("APP003", 3, "Jordan", "Kestrel", "1998-11-02", 2, "2023-01-09", d("2024-04-08"))
			.aim(l3)
			.aim(component("Z9000031", l3).completed(d("2025-07-25")))
			.build());
		AimBuilder l5 = standard(9502, "2025-10-06", "2027-09-30", 700, 14000, 1200);
		out.add(apprentice("APP003", 3, "Jordan", "Kestrel", "1998-11-02", 2, "2023-01-09", d("2025-10-06"))
			.aim(l5)
			.aim(component("Z9000051", l5))
			.build());

		// APP004: a progression recorded correctly: two programmes on one record, aims 1..4, no overlap.
		AimBuilder first = standard(9303, "2024-03-04", "2025-06-27", 330, 8000, 1000)
			.achieved(d("2025-06-27"), d("2025-08-22"), "DI", 365);
		closeAct(first, d("2025-08-22"));
		AimBuilder second = standard(9404, "2025-09-15", "2027-03-12", 450, 11000, 1000);
		out.add(apprentice("APP004", 4, "Priya", "Lowmoor", "2001-07-21", 3, "2023-10-02", d("2024-03-04"))
			.aim(first)
			.aim(component("Z9000032", first).completed(d("2025-06-27")))
			.aim(second)
			.aim(component("Z9000042", second))
			.build());

		// APP005: on an agreed break in learning since 27/09/2025, not yet returned.
		AimBuilder bil = standard(9304, "2025-01-13", "2026-07-10", 400, 7500, 900).onBreak(d("2025-09-26"));
		closeAct(bil, d("2025-09-26"));
		out.add(apprentice("APP005", 5, "Sam", "Oakhurst", "2003-02-28", 4, "2024-06-17", d("2025-01-13"))
			.aim(bil)
			.aim(component("Z9000033", bil).onBreak(d("2025-09-26")))
			.build());

		// APP006: a break (from 29/03/2025) and a restart on 01/09/2025: new aims with RES and OrigLearnStartDate.
		AimBuilder before = standard(9205, "2024-09-02", "2025-12-19", 320, 5000, 600).onBreak(d("2025-03-28"));
		closeAct(before, d("2025-03-28"));
		LocalDate restart = d("2025-09-01");
		AimBuilder after = programme(9205, restart, d("2026-05-29"), 210, "EPA9205").restartOf(d("2024-09-02"))
			.act(restart, null)
			.tnp(3, restart, 3200)
			.tnp(4, restart, 600);
		out.add(apprentice("APP006", 6, "Morgan", "Ravensby", "2005-05-09", 5, "2024-07-01", d("2024-09-02"))
			.aim(before)
			.aim(component("Z9000021", before).onBreak(d("2025-03-28")))
			.aim(after)
			.aim(component("Z9000021", after))
			.build());

		// APP007: at gateway: practical period ended 31/10/2025, EPA not done (CompStatus 1, Outcome 8, no AchDate).
		AimBuilder gateway = standard(9306, "2024-08-05", "2025-10-31", 420, 9000, 1100)
			.atGateway(d("2025-10-31"), 455);
		out.add(apprentice("APP007", 7, "Taylor", "Fenwick", "1996-12-12", 1, "2022-03-14", d("2024-08-05"))
			.aim(gateway)
			.aim(component("Z9000034", gateway).completed(d("2025-10-31")))
			.build());

		// APP008: withdrawn on 10/10/2025 for personal reasons.
		AimBuilder left = standard(9207, "2025-02-03", "2026-05-01", 300, 5000, 500).withdrawn(d("2025-10-10"), 44);
		left.otjActHours = 120;
		closeAct(left, d("2025-10-10"));
		out.add(apprentice("APP008", 8, "Casey", "Underhill", "2006-01-30", 2, "2024-11-04", d("2025-02-03"))
			.aim(left)
			.aim(component("Z9000022", left).withdrawn(d("2025-10-10"), 44))
			.build());

		// APP009: transferred to another standard with the same provider (WithdrawReason 40), new programme 08/09/2025.
		AimBuilder old = standard(9308, "2025-01-06", "2026-06-26", 380, 8000, 900).withdrawn(d("2025-08-29"), 40);
		old.otjActHours = 210;
		closeAct(old, d("2025-08-29"));
		AimBuilder moved = standard(9309, "2025-09-08", "2026-12-18", 400, 8500, 900);
		out.add(apprentice("APP009", 9, "Robin", "Ashcombe", "2002-09-17", 3, "2024-09-23", d("2025-01-06"))
			.aim(old)
			.aim(component("Z9000035", old).withdrawn(d("2025-08-29"), 40))
			.aim(moved)
			.aim(component("Z9000036", moved))
			.build());

		// APP010: transferred to another provider (WithdrawReason 2) on 12/09/2025.
		AimBuilder out2 = standard(9410, "2024-10-07", "2026-04-03", 420, 10000, 1000).withdrawn(d("2025-09-12"), 2);
		out2.otjActHours = 260;
		closeAct(out2, d("2025-09-12"));
		out.add(apprentice("APP010", 10, "Jamie", "Thornbury", "1993-04-05", 4, "2021-06-01", d("2024-10-07"))
			.aim(out2)
			.aim(component("Z9000043", out2).withdrawn(d("2025-09-12"), 2))
			.build());

		// APP011..APP018: apprentices continuing normally.
		String[][] continuing = {
				{ "APP011", "Riley", "Maplestone", "2004-08-19", "9201", "2024-11-11", "2026-02-27", "310" },
				{ "APP012", "Avery", "Pennick", "1999-01-23", "9310", "2025-03-03", "2026-09-25", "390" },
				{ "APP013", "Quinn", "Halloway", "2007-06-11", "9202", "2025-09-01", "2026-08-28", "250" },
				{ "APP014", "Rowan", "Eastleigh", "1988-10-30", "9411", "2025-04-07", "2026-10-30", "440" },
				{ "APP015", "Harper", "Woolcombe", "2005-12-03", "9311", "2025-08-18", "2027-02-19", "360" },
				{ "APP016", "Elliot", "Brackenfield", "1995-02-14", "9501", "2024-09-16", "2026-09-11", "600" },
				{ "APP017", "Skye", "Northam", "2006-04-27", "9203", "2025-10-13", "2026-10-09", "230" },
				{ "APP018", "Frankie", "Coldharbour", "1983-09-08", "9701", "2025-01-20", "2026-12-18", "650" } };
		int n = 11;
		for (String[] c : continuing) {
			int std = Integer.parseInt(c[4]);
			AimBuilder p = standard(std, c[5], c[6], Integer.parseInt(c[7]), 3000 + std % 100 * 500, 700);
			LocalDate start = d(c[5]);
			out.add(apprentice(c[0], n, c[1], c[2], c[3], 1 + n % 5, start.minusMonths(2 + n % 7).toString(), start)
				.aim(p)
				.aim(component("Z90" + std + "1", p))
				.build());
			n++;
		}

		// APP019, APP020: achieved this year.
		AimBuilder a19 = standard(9312, "2024-06-10", "2025-08-08", 360, 8000, 1000)
			.achieved(d("2025-08-08"), d("2025-10-01"), "PA", 372);
		closeAct(a19, d("2025-10-01"));
		out.add(apprentice("APP019", 19, "Dani", "Whitlow", "2000-10-10", 2, "2023-05-15", d("2024-06-10"))
			.aim(a19)
			.aim(component("Z9093121", a19).completed(d("2025-08-08")))
			.build());
		AimBuilder a20 = standard(9206, "2024-07-01", "2025-07-31", 300, 5500, 600)
			.achieved(d("2025-07-31"), d("2025-09-05"), "ME", 310);
		closeAct(a20, d("2025-09-05"));
		out.add(apprentice("APP020", 20, "Kit", "Sandleford", "2006-06-06", 3, "2024-05-20", d("2024-07-01"))
			.aim(a20)
			.aim(component("Z9092061", a20).completed(d("2025-07-31")))
			.aim(component("Z9092062", a20).completed(d("2025-06-20")))
			.build());

		// Deliberate mistakes.
		// APP021: ULN fails its check digit (ULN_04).
		AimBuilder p21 = standard(9313, "2025-05-12", "2026-11-13", 400, 8000, 900);
		LearnerBuilder b21 = apprentice("APP021", 21, "Lee", "Marchbank", "1997-03-03", 4, "2024-12-02",
				d("2025-05-12"))
			.aim(p21)
			.aim(component("Z9093131", p21));
		b21.uln = LearnerBuilder.breakCheckDigit(b21.uln);
		out.add(b21.build());

		// APP022: two aims share AimSeqNumber 2 (R07).
		AimBuilder p22 = standard(9314, "2025-06-02", "2026-12-04", 420, 8500, 900);
		AimBuilder c22b = component("Z9093142", p22);
		c22b.aimSeqNumber = 2;
		out.add(apprentice("APP022", 22, "Ash", "Pemberton", "2004-01-15", 5, "2025-01-06", d("2025-06-02"))
			.aim(p22)
			.aim(component("Z9093141", p22))
			.aim(c22b)
			.build());

		// APP023: achieved on 03/10/2025 but the ACT record was left open (R121).
		AimBuilder p23 = standard(9315, "2024-07-15", "2025-08-15", 340, 8000, 900)
			.achieved(d("2025-08-15"), d("2025-10-03"), "PA", 350);
		out.add(apprentice("APP023", 23, "Charlie", "Greystoke", "1999-05-25", 1, "2023-08-07", d("2024-07-15"))
			.aim(p23)
			.aim(component("Z9093151", p23).completed(d("2025-08-15")))
			.build());

		// APP024: next standard started 13/10/2025, before the first one's AchDate 24/10/2025 (R124 on aim 3).
		AimBuilder p24a = standard(9316, "2024-05-07", "2025-08-22", 360, 8000, 900)
			.achieved(d("2025-08-22"), d("2025-10-24"), "PA", 370);
		closeAct(p24a, d("2025-10-24"));
		AimBuilder p24b = standard(9412, "2025-10-13", "2027-04-16", 480, 11000, 1000);
		out.add(apprentice("APP024", 24, "Drew", "Hollins", "1994-07-07", 2, "2022-09-05", d("2024-05-07"))
			.aim(p24a)
			.aim(component("Z9093161", p24a).completed(d("2025-08-22")))
			.aim(p24b)
			.aim(component("Z9094121", p24b))
			.build());

		// APP025: programme achieved, but one component left open (R90).
		AimBuilder p25 = standard(9317, "2024-08-12", "2025-09-26", 380, 8500, 900)
			.achieved(d("2025-09-26"), d("2025-11-07"), "ME", 395);
		closeAct(p25, d("2025-11-07"));
		out.add(apprentice("APP025", 25, "Emery", "Fairbairn", "2003-11-19", 3, "2024-02-12", d("2024-08-12"))
			.aim(p25)
			.aim(component("Z9093171", p25).completed(d("2025-09-26")))
			.aim(component("Z9093172", p25))
			.build());
	}

	/** STU001..STU008: 16-19 study programmes (FundModel 25, SOF 107), a core aim and other aims. */
	private static void studyProgrammes(List<Learner> out) {
		String[][] students = {
				{ "STU001", "Ellis", "Arkwright", "2009-02-11", "2025-09-08", "2027-06-25", "5", "4", "" },
				{ "STU002", "Noor", "Bellingham", "2008-10-03", "2025-09-08", "2026-06-26", "6", "5", "" },
				{ "STU003", "Oakley", "Cranmore", "2008-05-17", "2024-09-09", "2026-06-26", "4", "6", "" },
				{ "STU004", "Remi", "Dunstable", "2009-07-30", "2025-09-08", "2027-06-25", "7", "7", "" },
				{ "STU005", "Sasha", "Elmsworth", "2007-12-24", "2024-09-09", "2026-06-26", "5", "5", "" },
				{ "STU006", "Tate", "Foxley", "2009-04-08", "2025-09-08", "2027-06-25", "4", "4", "2025-10-17" },
				{ "STU007", "Uma", "Glenister", "2008-01-19", "2024-09-09", "2026-06-26", "8", "9", "" },
				{ "STU008", "Vic", "Harrowden", "2009-06-01", "2025-09-08", "2027-06-25", "5", "6", "" } };
		int n = 101;
		for (String[] s : students) {
			LearnerBuilder b = new LearnerBuilder(s[0], uln(n), s[1], s[2], d(s[3]));
			b.sex = n % 2 == 0 ? "F" : "M";
			b.ethnicity = ETHNICITIES[n % ETHNICITIES.length];
			b.planLearnHours = 580;
			b.planEEPHours = 40;
			b.mathGrade = s[6];
			b.engGrade = s[7];
			b.addLine1 = n + " College Road";
			b.addLine2 = "Exampleton";
			LocalDate start = d(s[4]);
			LocalDate end = d(s[5]);
			AimBuilder core = standalone("Z91" + (n % 10) + "0001", 5, 25, start, end, "107");
			AimBuilder extra = standalone("Z9200" + (100 + n % 7), 4, 25, d("2025-09-08"), d("2026-06-19"), "107");
			if (!s[8].isEmpty()) {
				core.withdrawn(d(s[8]), 44);
				extra.withdrawn(d(s[8]), 44);
			}
			out.add(b.aim(core).aim(extra).build());
			n++;
		}
	}

	/** ADU001..ADU008: adult skills; Adult Skills Fund (FundModel 38) starts, and FundModel 35 continuing learners. */
	private static void adults(List<Learner> out) {
		String[][] adults = {
				{ "ADU001", "Wren", "Ivybridge", "1985-03-22", "38", "2025-09-15", "2026-03-27", "u", "" },
				{ "ADU002", "Xan", "Jellicoe", "1979-08-14", "38", "2025-09-01", "2025-10-24", "e", "2025-10-24" },
				{ "ADU003", "Yael", "Kingsley", "1990-12-01", "38", "2025-10-06", "2026-07-10", "u", "" },
				{ "ADU004", "Zeph", "Larkhill", "1967-05-05", "38", "2025-11-03", "2026-02-13", "e", "" },
				{ "ADU005", "Blair", "Moorcroft", "1992-09-09", "38", "2025-09-22", "2026-06-19", "e", "" },
				{ "ADU006", "Cameron", "Nettlebed", "1975-02-18", "38", "2025-08-26", "2025-12-12", "u", "" },
				{ "ADU007", "Devon", "Oxenford", "1988-06-30", "35", "2024-02-05", "2025-12-19", "e", "" },
				{ "ADU008", "Emerson", "Pollard", "1981-11-11", "35", "2024-04-15", "2026-01-30", "u", "" } };
		int n = 201;
		for (String[] a : adults) {
			LearnerBuilder b = new LearnerBuilder(a[0], uln(n), a[1], a[2], d(a[3]));
			b.sex = n % 2 == 0 ? "F" : "M";
			b.ethnicity = ETHNICITIES[n % ETHNICITIES.length];
			b.planLearnHours = 90 + n % 5 * 30;
			b.addLine1 = n + " Market Lane";
			b.addLine2 = "Exampleton";
			LocalDate start = d(a[5]);
			b.priorAttain(n % 2 == 0 ? 3 : 2, start.minusYears(10));
			if (a[7].equals("u")) {
				b.unemployed(start.minusMonths(3), 2);
			}
			else {
				b.employedAdult(start.minusMonths(6), 6);
			}
			int fm = Integer.parseInt(a[4]);
			AimBuilder aim = standalone("Z93000" + (10 + n % 50), 4, fm, start, d(a[6]), "105").fam("FFI", "1");
			if (!a[8].isEmpty()) {
				aim.completed(d(a[8]));
			}
			out.add(b.aim(aim).build());
			n++;
		}
	}
}
