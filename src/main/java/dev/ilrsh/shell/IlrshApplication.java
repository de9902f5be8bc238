package dev.ilrsh.shell;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.shell.core.autoconfigure.CommandRegistryAutoConfiguration;

/** Starts ilrsh: the interactive shell, or one command or script in batch mode (see {@link LaunchArguments}). */
@SpringBootApplication
@Import(CommandRegistryAutoConfiguration.class)
public class IlrshApplication {

	public static void main(String[] args) {
		// results go straight to the process's standard output, where a full disk or a closed pipe can be told apart
		IlrshRunner.writeToFileDescriptor();
		System.exit(run(args));
	}

	/** Runs ilrsh with these arguments and returns its exit status (tests call this instead of main). */
	public static int run(String... args) {
		SpringApplication application = new SpringApplication(IlrshApplication.class);
		// Command words such as --format=json belong to our commands, not to Spring's environment.
		application.setAddCommandLineProperties(false);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		try {
			ConfigurableApplicationContext context = application.run(args);
			return SpringApplication.exit(context);
		}
		catch (RuntimeException e) {
			System.err.println("internal error: ilrsh could not start (" + e.getMessage() + ")");
			return ExitCodes.INTERNAL;
		}
	}
}
