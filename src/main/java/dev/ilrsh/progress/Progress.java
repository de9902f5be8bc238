package dev.ilrsh.progress;

import java.util.Iterator;

/**
 * Told how far long work has got (learners validated, written or generated), so that the shell can show it. It may
 * be called from several threads and very often; the receiver decides how often to show anything.
 */
@FunctionalInterface
public interface Progress {

	/** Shows nothing. */
	Progress NONE = (done, total) -> {
	};

	/**
	 * @param done how many of the items are finished
	 * @param total how many there are in all (0 when not known)
	 */
	void update(long done, long total);

	/** The items of {@code items}, telling {@code progress} as each is handed out. */
	static <T> Iterator<T> counting(Iterator<T> items, long total, Progress progress) {
		return new Iterator<>() {
			private long done;

			@Override
			public boolean hasNext() {
				return items.hasNext();
			}

			@Override
			public T next() {
				T next = items.next();
				progress.update(++done, total);
				return next;
			}
		};
	}
}
