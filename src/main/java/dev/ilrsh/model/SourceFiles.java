package dev.ilrsh.model;

import java.util.List;

public record SourceFiles(List<SourceFile> sourceFile, XmlExtras extras) implements IlrEntity {

	public SourceFiles {
		sourceFile = List.copyOf(sourceFile);
	}
}
