package org.newsdesk.cms.importer.document;

/**
 * Whether text shows anything to a reader. {@link String#isBlank()} counts zero-width
 * spaces and joiners, bidirectional controls, byte order marks and no-break spaces as
 * text; a title or a name made only of them shows nothing and slugs to nothing.
 */
final class VisibleText {

    private VisibleText() {
    }

    /** True when {@code text} is null or holds only whitespace, invisible format characters or controls. */
    static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(VisibleText::isInvisible);
    }

    private static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }
}
