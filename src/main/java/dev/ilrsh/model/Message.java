package dev.ilrsh.model;

import java.util.List;

/** The whole ILR file: header, optional source files, provider and learners, in schema order. */
public record Message(Header header, SourceFiles sourceFiles, LearningProvider learningProvider,
		List<Learner> learners, XmlExtras extras) implements IlrEntity {

	public Message {
		learners = List.copyOf(learners);
	}

	public Message withLearners(List<Learner> newLearners) {
		return new Message(header, sourceFiles, learningProvider, newLearners, extras);
	}

	public Message withHeader(Header newHeader) {
		return new Message(newHeader, sourceFiles, learningProvider, learners, extras);
	}
}
