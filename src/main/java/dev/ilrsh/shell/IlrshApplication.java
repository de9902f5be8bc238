package dev.ilrsh.shell;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts ilrsh: the interactive shell, or one command or script in batch mode (see {@link LaunchArguments}). Its beans
 * are ilrsh's own components, found in its packages; no auto-configuration is used, since none of it serves ilrsh and
 * weighing each candidate costs every one-shot command start-up time.
 */
@SpringBootConfiguration
@ComponentScan
public class IlrshApplication {

	public static void main(String[] args) {
		// results go straight to the process's standard output, where a full disk or a closed pipe can be told apart
		IlrshRunner.writeToFileDescriptor();
		System.exit(run(args));
	}

	/** Runs ilrsh with these arguments and returns its exit status (tests call this instead of main). */
	public static int run(String... args) {
		// Spring Boot warms up, on a second thread, things ilrsh never uses (JSON binding, bean validation…)
		System.setProperty("spring.backgroundpreinitializer.ignore", "true");
		SpringApplication application = new SpringApplication(IlrshApplication.class);
		// Command words such as --format=json belong to our commands, not to Spring's environment.
		application.setAddCommandLineProperties(false);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		// Spring Boot would also read application.properties or application.yaml from the folder ilrsh is run in (and
		// its config/ folder): another program's settings there could print a banner among the results or turn on
		// debug logging. Only ilrsh's own settings are read.
		application.setDefaultProperties(java.util.Map.of("spring.config.location", "optional:classpath:/application.properties"));
		try {
			ConfigurableApplicationContext context = application.run(args);
			return SpringApplication.exit(context);
		}
		catch (SpringApplication.AbandonedRunException e) {
			// the build's ahead-of-time processing stops the run once the context is defined
			throw e;
		}
		catch (RuntimeException e) {
			System.err.println("internal error: ilrsh could not start (" + e.getMessage() + ")");
			return ExitCodes.INTERNAL;
		}
	}
}
