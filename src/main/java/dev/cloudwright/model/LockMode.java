package dev.cloudwright.model;

/** Write-once retention: governance (privileged users may lift it) or compliance (nobody can, until it expires). */
public enum LockMode {
    GOVERNANCE,
    COMPLIANCE
}
