package org.sightline.extract.actors.api;

/**
 * Actor kinds; names mirror the "kind" values of the sightline/1 JSON contract.
 *
 * @since 0.1.0
 */
public enum ActorKind {
    STATE, GOVERNMENT_BODY, MILITARY, INTERNATIONAL_ORGANIZATION, ORGANIZATION, PERSON, GROUP, MEDIA
}
