package dev.ilrsh.rules;

import org.junit.jupiter.api.Test;

class ScratchTest {

	@Test
	void show() throws Exception {
		var loaded = dev.ilrsh.xml.IlrReader.read(dev.ilrsh.testing.Fixtures.path("forum-case-two-records.xml"));
		var report = Validator.validate(loaded, ValidationOptions.defaults().withToday(java.time.LocalDate.of(2025, 11, 20)));
		report.findings().forEach(f -> System.out.println(f.describe() + " | " + f.fieldText() + " | line " + f.line()));
		System.out.println(dev.ilrsh.render.TableRenderer.render(report.table(dev.ilrsh.render.Format.CSV), dev.ilrsh.render.Format.CSV));
		System.out.println(dev.ilrsh.render.TableRenderer.render(report.table(dev.ilrsh.render.Format.JSON), dev.ilrsh.render.Format.JSON));
		System.out.println(dev.ilrsh.render.TableRenderer.render(report.summaryTable(), dev.ilrsh.render.Format.TABLE));
	}
}
