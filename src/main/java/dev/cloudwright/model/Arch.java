package dev.cloudwright.model;

/** Processor architecture of compute. */
public enum Arch {
    X86,
    ARM;

    public String token() {
        return Key.token(this);
    }
}
