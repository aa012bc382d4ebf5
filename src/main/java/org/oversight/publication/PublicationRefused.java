package org.oversight.publication;

/** A publication step that cannot be done, saying what is wrong and where. */
public class PublicationRefused extends RuntimeException {

    public PublicationRefused(String message) {
        super(message);
    }
}
