/**
 */
package org.sightline.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.RelationKind;
import org.sightline.model.ReviewStatus;
import org.sightline.model.SightlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claim Relation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.impl.ClaimRelationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimRelationImpl#getFrom <em>From</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimRelationImpl#getTo <em>To</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimRelationImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimRelationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.sightline.model.impl.ClaimRelationImpl#getProducerId <em>Producer Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimRelationImpl extends IdentifiedImpl implements ClaimRelation {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RelationKind KIND_EDEFAULT = RelationKind.SUPPORTS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RelationKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected Claim from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected Claim to;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewStatus STATUS_EDEFAULT = ReviewStatus.EXTRACTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ReviewStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProducerId() <em>Producer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducerId()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProducerId() <em>Producer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducerId()
	 * @generated
	 * @ordered
	 */
	protected String producerId = PRODUCER_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClaimRelationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SightlinePackage.Literals.CLAIM_RELATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RelationKind newKind) {
		RelationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM_RELATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Claim getFrom() {
		if (from != null && from.eIsProxy()) {
			InternalEObject oldFrom = (InternalEObject)from;
			from = (Claim)eResolveProxy(oldFrom);
			if (from != oldFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SightlinePackage.CLAIM_RELATION__FROM, oldFrom, from));
			}
		}
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Claim basicGetFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(Claim newFrom) {
		Claim oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM_RELATION__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Claim getTo() {
		if (to != null && to.eIsProxy()) {
			InternalEObject oldTo = (InternalEObject)to;
			to = (Claim)eResolveProxy(oldTo);
			if (to != oldTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SightlinePackage.CLAIM_RELATION__TO, oldTo, to));
			}
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Claim basicGetTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(Claim newTo) {
		Claim oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM_RELATION__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM_RELATION__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ReviewStatus newStatus) {
		ReviewStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM_RELATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProducerId() {
		return producerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProducerId(String newProducerId) {
		String oldProducerId = producerId;
		producerId = newProducerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CLAIM_RELATION__PRODUCER_ID, oldProducerId, producerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SightlinePackage.CLAIM_RELATION__KIND:
				return getKind();
			case SightlinePackage.CLAIM_RELATION__FROM:
				if (resolve) return getFrom();
				return basicGetFrom();
			case SightlinePackage.CLAIM_RELATION__TO:
				if (resolve) return getTo();
				return basicGetTo();
			case SightlinePackage.CLAIM_RELATION__REASON:
				return getReason();
			case SightlinePackage.CLAIM_RELATION__STATUS:
				return getStatus();
			case SightlinePackage.CLAIM_RELATION__PRODUCER_ID:
				return getProducerId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SightlinePackage.CLAIM_RELATION__KIND:
				setKind((RelationKind)newValue);
				return;
			case SightlinePackage.CLAIM_RELATION__FROM:
				setFrom((Claim)newValue);
				return;
			case SightlinePackage.CLAIM_RELATION__TO:
				setTo((Claim)newValue);
				return;
			case SightlinePackage.CLAIM_RELATION__REASON:
				setReason((String)newValue);
				return;
			case SightlinePackage.CLAIM_RELATION__STATUS:
				setStatus((ReviewStatus)newValue);
				return;
			case SightlinePackage.CLAIM_RELATION__PRODUCER_ID:
				setProducerId((String)newValue);
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
			case SightlinePackage.CLAIM_RELATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SightlinePackage.CLAIM_RELATION__FROM:
				setFrom((Claim)null);
				return;
			case SightlinePackage.CLAIM_RELATION__TO:
				setTo((Claim)null);
				return;
			case SightlinePackage.CLAIM_RELATION__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case SightlinePackage.CLAIM_RELATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SightlinePackage.CLAIM_RELATION__PRODUCER_ID:
				setProducerId(PRODUCER_ID_EDEFAULT);
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
			case SightlinePackage.CLAIM_RELATION__KIND:
				return kind != KIND_EDEFAULT;
			case SightlinePackage.CLAIM_RELATION__FROM:
				return from != null;
			case SightlinePackage.CLAIM_RELATION__TO:
				return to != null;
			case SightlinePackage.CLAIM_RELATION__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case SightlinePackage.CLAIM_RELATION__STATUS:
				return status != STATUS_EDEFAULT;
			case SightlinePackage.CLAIM_RELATION__PRODUCER_ID:
				return PRODUCER_ID_EDEFAULT == null ? producerId != null : !PRODUCER_ID_EDEFAULT.equals(producerId);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", reason: ");
		result.append(reason);
		result.append(", status: ");
		result.append(status);
		result.append(", producerId: ");
		result.append(producerId);
		result.append(')');
		return result.toString();
	}

} //ClaimRelationImpl
