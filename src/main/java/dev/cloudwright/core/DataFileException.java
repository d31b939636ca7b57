package dev.cloudwright.core;

/** A bundled data file (prices, SLAs, regions...) is malformed: a defect in the product, exit code 3. */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String message) {
        super(message);
    }
}
