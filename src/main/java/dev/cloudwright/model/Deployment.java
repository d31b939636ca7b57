package dev.cloudwright.model;

/** Whether a database or cache keeps a synchronous standby in another zone of its region. */
public enum Deployment {
    SINGLE_AZ,
    MULTI_AZ
}
