package org.scokg.reference;

/** The kinds of named things the gazetteer knows. */
public enum EntityKind { STATE, ORGANISATION, CITY, PERSON }
