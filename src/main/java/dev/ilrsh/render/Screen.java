package dev.ilrsh.render;

/**
 * What the output layer knows about where results are shown.
 *
 * @param width columns of the terminal (tables are fitted to it on a terminal)
 * @param height rows of the terminal (longer output is paged on a terminal)
 * @param isTerminal true when stdout is a terminal a person reads; false for pipes and files
 * @param colour true when colours and emphasis may be used (a terminal that can show them)
 */
public record Screen(int width, int height, boolean isTerminal, boolean colour) {

	/** Not a terminal: no fitting, paging or colour. */
	public static final Screen PLAIN = new Screen(80, 24, false, false);

	public Screen {
		width = width < 20 ? 80 : width;
		height = height < 5 ? 24 : height;
		colour = colour && isTerminal;
	}

	/** The same screen without colour. */
	public Screen withoutColour() {
		return new Screen(width, height, isTerminal, false);
	}
}
