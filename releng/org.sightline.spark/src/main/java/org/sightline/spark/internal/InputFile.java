package org.sightline.spark.internal;

import java.io.Serializable;

/**
 * One file the job reads, as the driver listed it.
 *
 * @param index  its place in the run (inputs in the order given, a folder's files in name order): the
 *               documents of the run are numbered in this order, as {@code sightline analyze} numbers them
 * @param uri    where Hadoop reads it (any Hadoop file system: file:, hdfs:, s3a:, ...)
 * @param name   the input as the user gave it, or the file inside a folder: Document.input and errors
 * @param length its size in bytes
 */
public record InputFile(int index, String uri, String name, long length) implements Serializable {
}
