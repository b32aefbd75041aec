/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.netmap.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Figure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a link (or the line from an external connection to its gateway) is routed: its bend points in absolute diagram pixels.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.netmap.notation.EdgeFigure#getElementId <em>Element Id</em>}</li>
 *   <li>{@link io.sekisho.netmap.notation.EdgeFigure#getBendPoints <em>Bend Points</em>}</li>
 *   <li>{@link io.sekisho.netmap.notation.EdgeFigure#isPinned <em>Pinned</em>}</li>
 * </ul>
 *
 * @see io.sekisho.netmap.notation.NotationPackage#getEdgeFigure()
 * @model
 * @generated
 */
public interface EdgeFigure extends EObject {
	/**
	 * Returns the value of the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the link or external connection drawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element Id</em>' attribute.
	 * @see #setElementId(String)
	 * @see io.sekisho.netmap.notation.NotationPackage#getEdgeFigure_ElementId()
	 * @model
	 * @generated
	 */
	String getElementId();

	/**
	 * Sets the value of the '{@link io.sekisho.netmap.notation.EdgeFigure#getElementId <em>Element Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Id</em>' attribute.
	 * @see #getElementId()
	 * @generated
	 */
	void setElementId(String value);

	/**
	 * Returns the value of the '<em><b>Bend Points</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.netmap.notation.BendPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bend Points</em>' containment reference list.
	 * @see io.sekisho.netmap.notation.NotationPackage#getEdgeFigure_BendPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<BendPoint> getBendPoints();

	/**
	 * Returns the value of the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user placed its bend points by hand: the automatic layout keeps them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pinned</em>' attribute.
	 * @see #setPinned(boolean)
	 * @see io.sekisho.netmap.notation.NotationPackage#getEdgeFigure_Pinned()
	 * @model
	 * @generated
	 */
	boolean isPinned();

	/**
	 * Sets the value of the '{@link io.sekisho.netmap.notation.EdgeFigure#isPinned <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned</em>' attribute.
	 * @see #isPinned()
	 * @generated
	 */
	void setPinned(boolean value);

} // EdgeFigure
