package dev.ilrsh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IlrshApplication {
	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(IlrshApplication.class, args)));
	}
}
