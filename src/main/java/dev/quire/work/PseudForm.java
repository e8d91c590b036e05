package dev.quire.work;

/**
 * What a person writes about a pseud: its name, a description and the alternative text of its
 * icon. Values as typed; {@link Pseuds} checks them.
 *
 * @param name the name credited on works; null or blank is refused
 * @param description plain text shown on the pseud's page (never markup); null for none
 * @param iconAlt the icon's alternative text; null for none
 */
public record PseudForm(String name, String description, String iconAlt) {}
