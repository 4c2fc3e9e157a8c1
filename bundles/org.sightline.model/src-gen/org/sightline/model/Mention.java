/**
 */
package org.sightline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.Mention#getDocument <em>Document</em>}</li>
 *   <li>{@link org.sightline.model.Mention#getSpan <em>Span</em>}</li>
 *   <li>{@link org.sightline.model.Mention#getText <em>Text</em>}</li>
 *   <li>{@link org.sightline.model.Mention#getActor <em>Actor</em>}</li>
 *   <li>{@link org.sightline.model.Mention#getExtractorId <em>Extractor Id</em>}</li>
 *   <li>{@link org.sightline.model.Mention#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.sightline.model.SightlinePackage#getMention()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='textMatchesSpan referencesInCorpus'"
 * @generated
 */
public interface Mention extends Identified {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.sightline.model.SightlinePackage#getMention_Document()
	 * @model required="true"
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.sightline.model.Mention#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

	/**
	 * Returns the value of the '<em><b>Span</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Span</em>' containment reference.
	 * @see #setSpan(TextSpan)
	 * @see org.sightline.model.SightlinePackage#getMention_Span()
	 * @model containment="true" required="true"
	 * @generated
	 */
	TextSpan getSpan();

	/**
	 * Sets the value of the '{@link org.sightline.model.Mention#getSpan <em>Span</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Span</em>' containment reference.
	 * @see #getSpan()
	 * @generated
	 */
	void setSpan(TextSpan value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Surface text; equals document.text.substring(span.begin, span.end).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.sightline.model.SightlinePackage#getMention_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.sightline.model.Mention#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.sightline.model.Actor#getMentions <em>Mentions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' container reference.
	 * @see #setActor(Actor)
	 * @see org.sightline.model.SightlinePackage#getMention_Actor()
	 * @see org.sightline.model.Actor#getMentions
	 * @model opposite="mentions" transient="false"
	 * @generated
	 */
	Actor getActor();

	/**
	 * Sets the value of the '{@link org.sightline.model.Mention#getActor <em>Actor</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' container reference.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(Actor value);

	/**
	 * Returns the value of the '<em><b>Extractor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extractor Id</em>' attribute.
	 * @see #setExtractorId(String)
	 * @see org.sightline.model.SightlinePackage#getMention_ExtractorId()
	 * @model
	 * @generated
	 */
	String getExtractorId();

	/**
	 * Sets the value of the '{@link org.sightline.model.Mention#getExtractorId <em>Extractor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extractor Id</em>' attribute.
	 * @see #getExtractorId()
	 * @generated
	 */
	void setExtractorId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sightline.model.ReviewStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.sightline.model.ReviewStatus
	 * @see #setStatus(ReviewStatus)
	 * @see org.sightline.model.SightlinePackage#getMention_Status()
	 * @model
	 * @generated
	 */
	ReviewStatus getStatus();

	/**
	 * Sets the value of the '{@link org.sightline.model.Mention#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.sightline.model.ReviewStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReviewStatus value);

} // Mention
