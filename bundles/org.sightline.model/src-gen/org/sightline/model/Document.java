/**
 */
package org.sightline.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.Document#getInput <em>Input</em>}</li>
 *   <li>{@link org.sightline.model.Document#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sightline.model.Document#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.sightline.model.Document#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.sightline.model.Document#getPublished <em>Published</em>}</li>
 *   <li>{@link org.sightline.model.Document#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.sightline.model.Document#getText <em>Text</em>}</li>
 *   <li>{@link org.sightline.model.Document#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.sightline.model.Document#getImporterId <em>Importer Id</em>}</li>
 *   <li>{@link org.sightline.model.Document#getCanonicalUrl <em>Canonical Url</em>}</li>
 *   <li>{@link org.sightline.model.Document#getImportTime <em>Import Time</em>}</li>
 *   <li>{@link org.sightline.model.Document#getStructure <em>Structure</em>}</li>
 *   <li>{@link org.sightline.model.Document#getDuplicateOf <em>Duplicate Of</em>}</li>
 * </ul>
 *
 * @see org.sightline.model.SightlinePackage#getDocument()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='contentHashMatchesText'"
 * @generated
 */
public interface Document extends Identified {
	/**
	 * Returns the value of the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path or URL as the user gave it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input</em>' attribute.
	 * @see #setInput(String)
	 * @see org.sightline.model.SightlinePackage#getDocument_Input()
	 * @model
	 * @generated
	 */
	String getInput();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getInput <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input</em>' attribute.
	 * @see #getInput()
	 * @generated
	 */
	void setInput(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.sightline.model.SightlinePackage#getDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see org.sightline.model.SightlinePackage#getDocument_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.sightline.model.SightlinePackage#getDocument_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(LocalDate)
	 * @see org.sightline.model.SightlinePackage#getDocument_Published()
	 * @model dataType="org.sightline.model.LocalDate"
	 * @generated
	 */
	LocalDate getPublished();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #getPublished()
	 * @generated
	 */
	void setPublished(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.sightline.model.SightlinePackage#getDocument_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text all spans of this document index into (UTF-16 offsets, end exclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.sightline.model.SightlinePackage#getDocument_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the UTF-8 bytes of text, lower-case hex (see org.sightline.model.io.Corpora.sha256Hex).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.sightline.model.SightlinePackage#getDocument_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Importer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Importer Id</em>' attribute.
	 * @see #setImporterId(String)
	 * @see org.sightline.model.SightlinePackage#getDocument_ImporterId()
	 * @model
	 * @generated
	 */
	String getImporterId();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getImporterId <em>Importer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Importer Id</em>' attribute.
	 * @see #getImporterId()
	 * @generated
	 */
	void setImporterId(String value);

	/**
	 * Returns the value of the '<em><b>Canonical Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Canonical Url</em>' attribute.
	 * @see #setCanonicalUrl(String)
	 * @see org.sightline.model.SightlinePackage#getDocument_CanonicalUrl()
	 * @model
	 * @generated
	 */
	String getCanonicalUrl();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getCanonicalUrl <em>Canonical Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Canonical Url</em>' attribute.
	 * @see #getCanonicalUrl()
	 * @generated
	 */
	void setCanonicalUrl(String value);

	/**
	 * Returns the value of the '<em><b>Import Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Import Time</em>' attribute.
	 * @see #setImportTime(Instant)
	 * @see org.sightline.model.SightlinePackage#getDocument_ImportTime()
	 * @model dataType="org.sightline.model.Instant"
	 * @generated
	 */
	Instant getImportTime();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getImportTime <em>Import Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Import Time</em>' attribute.
	 * @see #getImportTime()
	 * @generated
	 */
	void setImportTime(Instant value);

	/**
	 * Returns the value of the '<em><b>Structure</b></em>' containment reference list.
	 * The list contents are of type {@link org.sightline.model.StructureSpan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Structure</em>' containment reference list.
	 * @see org.sightline.model.SightlinePackage#getDocument_Structure()
	 * @model containment="true"
	 * @generated
	 */
	EList<StructureSpan> getStructure();

	/**
	 * Returns the value of the '<em><b>Duplicate Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The earlier document this one nearly duplicates (syndicated or republished copy); analyses count the claims of a group of near-duplicates once.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duplicate Of</em>' reference.
	 * @see #setDuplicateOf(Document)
	 * @see org.sightline.model.SightlinePackage#getDocument_DuplicateOf()
	 * @model
	 * @generated
	 */
	Document getDuplicateOf();

	/**
	 * Sets the value of the '{@link org.sightline.model.Document#getDuplicateOf <em>Duplicate Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duplicate Of</em>' reference.
	 * @see #getDuplicateOf()
	 * @generated
	 */
	void setDuplicateOf(Document value);

} // Document
