package dev.ilrsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ilrsh.testing.ShellHarness;
import dev.ilrsh.testing.Xsd;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest extends ShellHarness {

	@TempDir
	Path tmp;

	@Test
	void generatesAReproducibleValidFileThatLoads() throws Exception {
		Path a = tmp.resolve("a.xml");
		Path b = tmp.resolve("b.xml");
		Run first = run("generate --learners 200 --out " + a + " --seed 7");
		assertThat(first.exit()).isZero();
		assertThat(first.out()).isEmpty();
		assertThat(first.err()).startsWith("wrote " + a + ": 200 learners");
		assertThat(run("generate --learners 200 --out " + b + " --seed 7").exit()).isZero();
		assertThat(Files.mismatch(a, b)).isEqualTo(-1);
		Xsd.assertValid(a);
		assertThat(run("load " + a).err()).startsWith("loaded a.xml: 200 learners");
	}

	@Test
	void refusesBadOptions() {
		assertThat(run("generate --out x.xml").err()).isEqualTo("error: generate: give --learners N and --out FILE\n");
		assertThat(run("generate --learners many --out x.xml").exit()).isEqualTo(2);
		assertThat(run("generate --learners 0 --out " + tmp.resolve("z.xml")).exit()).isEqualTo(2);
	}
}
