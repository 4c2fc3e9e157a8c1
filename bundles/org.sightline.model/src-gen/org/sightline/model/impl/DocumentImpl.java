/**
 */
package org.sightline.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sightline.model.Document;
import org.sightline.model.SightlinePackage;
import org.sightline.model.StructureSpan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getInput <em>Input</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getPublished <em>Published</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getImporterId <em>Importer Id</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getCanonicalUrl <em>Canonical Url</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getImportTime <em>Import Time</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getStructure <em>Structure</em>}</li>
 *   <li>{@link org.sightline.model.impl.DocumentImpl#getDuplicateOf <em>Duplicate Of</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentImpl extends IdentifiedImpl implements Document {
	/**
	 * The default value of the '{@link #getInput() <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInput()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInput() <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInput()
	 * @generated
	 * @ordered
	 */
	protected String input = INPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected String publisher = PUBLISHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PUBLISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected LocalDate published = PUBLISHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getImporterId() <em>Importer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImporterId()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPORTER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImporterId() <em>Importer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImporterId()
	 * @generated
	 * @ordered
	 */
	protected String importerId = IMPORTER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCanonicalUrl() <em>Canonical Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanonicalUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String CANONICAL_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCanonicalUrl() <em>Canonical Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanonicalUrl()
	 * @generated
	 * @ordered
	 */
	protected String canonicalUrl = CANONICAL_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportTime() <em>Import Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportTime()
	 * @generated
	 * @ordered
	 */
	protected static final Instant IMPORT_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportTime() <em>Import Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportTime()
	 * @generated
	 * @ordered
	 */
	protected Instant importTime = IMPORT_TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStructure() <em>Structure</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStructure()
	 * @generated
	 * @ordered
	 */
	protected EList<StructureSpan> structure;

	/**
	 * The cached value of the '{@link #getDuplicateOf() <em>Duplicate Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuplicateOf()
	 * @generated
	 * @ordered
	 */
	protected Document duplicateOf;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SightlinePackage.Literals.DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInput() {
		return input;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInput(String newInput) {
		String oldInput = input;
		input = newInput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__INPUT, oldInput, input));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(String newPublisher) {
		String oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPublished() {
		return published;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublished(LocalDate newPublished) {
		LocalDate oldPublished = published;
		published = newPublished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__PUBLISHED, oldPublished, published));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImporterId() {
		return importerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImporterId(String newImporterId) {
		String oldImporterId = importerId;
		importerId = newImporterId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__IMPORTER_ID, oldImporterId, importerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCanonicalUrl() {
		return canonicalUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanonicalUrl(String newCanonicalUrl) {
		String oldCanonicalUrl = canonicalUrl;
		canonicalUrl = newCanonicalUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__CANONICAL_URL, oldCanonicalUrl, canonicalUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getImportTime() {
		return importTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportTime(Instant newImportTime) {
		Instant oldImportTime = importTime;
		importTime = newImportTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__IMPORT_TIME, oldImportTime, importTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StructureSpan> getStructure() {
		if (structure == null) {
			structure = new EObjectContainmentEList<StructureSpan>(StructureSpan.class, this, SightlinePackage.DOCUMENT__STRUCTURE);
		}
		return structure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDuplicateOf() {
		if (duplicateOf != null && duplicateOf.eIsProxy()) {
			InternalEObject oldDuplicateOf = (InternalEObject)duplicateOf;
			duplicateOf = (Document)eResolveProxy(oldDuplicateOf);
			if (duplicateOf != oldDuplicateOf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SightlinePackage.DOCUMENT__DUPLICATE_OF, oldDuplicateOf, duplicateOf));
			}
		}
		return duplicateOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Document basicGetDuplicateOf() {
		return duplicateOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuplicateOf(Document newDuplicateOf) {
		Document oldDuplicateOf = duplicateOf;
		duplicateOf = newDuplicateOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.DOCUMENT__DUPLICATE_OF, oldDuplicateOf, duplicateOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SightlinePackage.DOCUMENT__STRUCTURE:
				return ((InternalEList<?>)getStructure()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SightlinePackage.DOCUMENT__INPUT:
				return getInput();
			case SightlinePackage.DOCUMENT__TITLE:
				return getTitle();
			case SightlinePackage.DOCUMENT__PUBLISHER:
				return getPublisher();
			case SightlinePackage.DOCUMENT__AUTHOR:
				return getAuthor();
			case SightlinePackage.DOCUMENT__PUBLISHED:
				return getPublished();
			case SightlinePackage.DOCUMENT__LANGUAGE:
				return getLanguage();
			case SightlinePackage.DOCUMENT__TEXT:
				return getText();
			case SightlinePackage.DOCUMENT__CONTENT_HASH:
				return getContentHash();
			case SightlinePackage.DOCUMENT__IMPORTER_ID:
				return getImporterId();
			case SightlinePackage.DOCUMENT__CANONICAL_URL:
				return getCanonicalUrl();
			case SightlinePackage.DOCUMENT__IMPORT_TIME:
				return getImportTime();
			case SightlinePackage.DOCUMENT__STRUCTURE:
				return getStructure();
			case SightlinePackage.DOCUMENT__DUPLICATE_OF:
				if (resolve) return getDuplicateOf();
				return basicGetDuplicateOf();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SightlinePackage.DOCUMENT__INPUT:
				setInput((String)newValue);
				return;
			case SightlinePackage.DOCUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case SightlinePackage.DOCUMENT__PUBLISHER:
				setPublisher((String)newValue);
				return;
			case SightlinePackage.DOCUMENT__AUTHOR:
				setAuthor((String)newValue);
				return;
			case SightlinePackage.DOCUMENT__PUBLISHED:
				setPublished((LocalDate)newValue);
				return;
			case SightlinePackage.DOCUMENT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case SightlinePackage.DOCUMENT__TEXT:
				setText((String)newValue);
				return;
			case SightlinePackage.DOCUMENT__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case SightlinePackage.DOCUMENT__IMPORTER_ID:
				setImporterId((String)newValue);
				return;
			case SightlinePackage.DOCUMENT__CANONICAL_URL:
				setCanonicalUrl((String)newValue);
				return;
			case SightlinePackage.DOCUMENT__IMPORT_TIME:
				setImportTime((Instant)newValue);
				return;
			case SightlinePackage.DOCUMENT__STRUCTURE:
				getStructure().clear();
				getStructure().addAll((Collection<? extends StructureSpan>)newValue);
				return;
			case SightlinePackage.DOCUMENT__DUPLICATE_OF:
				setDuplicateOf((Document)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SightlinePackage.DOCUMENT__INPUT:
				setInput(INPUT_EDEFAULT);
				return;
			case SightlinePackage.DOCUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case SightlinePackage.DOCUMENT__PUBLISHER:
				setPublisher(PUBLISHER_EDEFAULT);
				return;
			case SightlinePackage.DOCUMENT__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case SightlinePackage.DOCUMENT__PUBLISHED:
				setPublished(PUBLISHED_EDEFAULT);
				return;
			case SightlinePackage.DOCUMENT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case SightlinePackage.DOCUMENT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case SightlinePackage.DOCUMENT__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case SightlinePackage.DOCUMENT__IMPORTER_ID:
				setImporterId(IMPORTER_ID_EDEFAULT);
				return;
			case SightlinePackage.DOCUMENT__CANONICAL_URL:
				setCanonicalUrl(CANONICAL_URL_EDEFAULT);
				return;
			case SightlinePackage.DOCUMENT__IMPORT_TIME:
				setImportTime(IMPORT_TIME_EDEFAULT);
				return;
			case SightlinePackage.DOCUMENT__STRUCTURE:
				getStructure().clear();
				return;
			case SightlinePackage.DOCUMENT__DUPLICATE_OF:
				setDuplicateOf((Document)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SightlinePackage.DOCUMENT__INPUT:
				return INPUT_EDEFAULT == null ? input != null : !INPUT_EDEFAULT.equals(input);
			case SightlinePackage.DOCUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case SightlinePackage.DOCUMENT__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? publisher != null : !PUBLISHER_EDEFAULT.equals(publisher);
			case SightlinePackage.DOCUMENT__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case SightlinePackage.DOCUMENT__PUBLISHED:
				return PUBLISHED_EDEFAULT == null ? published != null : !PUBLISHED_EDEFAULT.equals(published);
			case SightlinePackage.DOCUMENT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case SightlinePackage.DOCUMENT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case SightlinePackage.DOCUMENT__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case SightlinePackage.DOCUMENT__IMPORTER_ID:
				return IMPORTER_ID_EDEFAULT == null ? importerId != null : !IMPORTER_ID_EDEFAULT.equals(importerId);
			case SightlinePackage.DOCUMENT__CANONICAL_URL:
				return CANONICAL_URL_EDEFAULT == null ? canonicalUrl != null : !CANONICAL_URL_EDEFAULT.equals(canonicalUrl);
			case SightlinePackage.DOCUMENT__IMPORT_TIME:
				return IMPORT_TIME_EDEFAULT == null ? importTime != null : !IMPORT_TIME_EDEFAULT.equals(importTime);
			case SightlinePackage.DOCUMENT__STRUCTURE:
				return structure != null && !structure.isEmpty();
			case SightlinePackage.DOCUMENT__DUPLICATE_OF:
				return duplicateOf != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (input: ");
		result.append(input);
		result.append(", title: ");
		result.append(title);
		result.append(", publisher: ");
		result.append(publisher);
		result.append(", author: ");
		result.append(author);
		result.append(", published: ");
		result.append(published);
		result.append(", language: ");
		result.append(language);
		result.append(", text: ");
		result.append(text);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", importerId: ");
		result.append(importerId);
		result.append(", canonicalUrl: ");
		result.append(canonicalUrl);
		result.append(", importTime: ");
		result.append(importTime);
		result.append(')');
		return result.toString();
	}

} //DocumentImpl
