package dev.ilrsh.diff;

import dev.ilrsh.render.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison of two returns as people read it: a summary, then one row per change; with findings, the findings
 * by rule too.
 *
 * @param oldName the old file's name, as the user knows it
 * @param newName the new file's name
 * @param diff the differences in data
 * @param findings the differences in findings, or null when the files were not validated
 */
public record DiffReport(String oldName, String newName, ReturnDiff diff, FindingsDiff findings) {

	/** The columns of {@link #changes()}; JSON uses them as keys. */
	public static final List<String> COLUMNS = List.of("Change", "Entity", "LearnRefNumber", "ULN", "AimSeqNumber",
			"LearnAimRef", "Field", "Old", "New", "Note");

	/** True when the files differ: in data (header included) or, when compared, in findings. */
	public boolean differs() {
		return !diff.isSame() || findings != null && !findings.isSame();
	}

	/** What changed, counted. */
	public Table summary() {
		ReturnDiff.Counts c = diff.counts();
		int merged = diff.mergedAway();
		Table.Builder t = Table.builder("What", "Count", "Note");
		t.row("Learners in the old file", diff.older().learners().size(), oldName);
		t.row("Learners in the new file", diff.newer().learners().size(), newName);
		t.row("Learners joined", diff.joined().size(), null);
		t.row("Learners left", diff.left().size(), merged == 0 ? null
				: merged + " merged into a record with the same ULN");
		t.row("Learners recognised by ULN", diff.matchedByUln(), "their learner reference changed");
		t.row("Learners changed", diff.changed().size(), null);
		t.row("Learners unchanged", diff.unchanged(), "moving in the file or in spaces alone is no change");
		t.row("Aims added", c.aimsAdded(), "to learners in both files");
		t.row("Aims removed", c.aimsRemoved(), "from learners in both files");
		t.row("Aims changed", c.aimsChanged(), null);
		t.row("Learner field changes", c.learnerFields(), null);
		t.row("Aim field changes", c.aimFields(), null);
		t.row("FAM changes", c.fams(), "LearnerFAM, LearningDeliveryFAM");
		t.row("Price changes", c.prices(), "AppFinRecord");
		t.row("Employment status changes", c.employment(), "LearnerEmploymentStatus, EmploymentStatusMonitoring");
		t.row("Other changes", c.other(), "prior attainment, LLDD, HE, work placements, monitoring");
		t.row("Header and provider changes", diff.header().size(), null);
		if (findings != null) {
			t.row("Findings fixed", findings.fixed().size(), null);
			t.row("Findings new", findings.found().size(), null);
			t.row("Findings still present", findings.stillPresent(), null);
		}
		return t.build();
	}

	/** Every change, one a row (fixed and new findings last). */
	public Table changes() {
		List<Change> rows = new ArrayList<>(diff.changes());
		if (findings != null) {
			rows.addAll(findings.changes());
		}
		return table(rows);
	}

	/** Change rows as a table with {@link #COLUMNS}. */
	public static Table table(List<Change> rows) {
		Table.Builder t = Table.builder(COLUMNS);
		for (Change c : rows) {
			t.row(c.kind().label(), c.entity(), c.learnRefNumber(), c.uln(), c.aimSeqNumber(), c.learnAimRef(),
					c.field(), c.oldValue(), c.newValue(), c.note());
		}
		return t.build();
	}
}
