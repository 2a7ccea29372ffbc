"""One valid POST body per resource, taken from the reference pages' examples."""

from __future__ import annotations

from typing import Any

OID = "507f1f77bcf86cd799439011"

ADDRESS = {
    "firstName": "John",
    "lastName": "Doe",
    "address1": "123 Main St",
    "address2": "Suite 100",
    "city": "Austin",
    "state": "TX",
    "country": "US",
    "postCode": "78701",
}

TAX = {
    "name": "TX State Tax",
    "percentage": 6.25,
    "amount": "0.28",
    "taxTableName": "Standard",
    "compounding": False,
    "priority": 1,
    "taxTableId": OID,
    "id": OID,
}


def order(receipt_id: str = "RCP-2025-001", **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "currency": "USD",
        "receiptId": receipt_id,
        "status": "completed",
        "source": "final",
        "sessionId": OID,
        "balance": "0.00",
        "summary": {
            "discountTotal": "0.00",
            "total": "4.73",
            "totalTaxes": "0.28",
            "isTaxInclusive": False,
            "subTotal": "4.45",
            "taxes": [TAX],
        },
        "paymentMethods": [
            {
                "transactionId": "trans_cash_1",
                "paymentType": "cash",
                "amount": "4.73",
                "timestamp": "2025-12-07T19:31:48.436+00:00",
                "processor": "cash",
            }
        ],
        "lineItems": [
            {
                "productId": OID,
                "variantId": OID,
                "name": "Latte",
                "quantity": 1,
                "price": "4.45",
                "sku": "COF-003-12OZ",
                "totalTax": "0.28",
                "total": "4.73",
                "taxes": [TAX],
            }
        ],
    }
    body.update(changes)
    return body


VALID: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {
    # resource -> (path segment, POST body, PUT body)
    "category": (
        "category",
        {"name": "Beverages", "description": "Drinks", "menuOrder": 1, "source": "manual"},
        {"name": "Cold Beverages"},
    ),
    "station": (
        "station",
        {"name": "Front Till", "outletId": OID, "status": "AVAILABLE", "isVirtual": False},
        {"status": "AVAILABLE", "deviceName": "Till 1"},
    ),
    "session": (
        "session",
        {
            "stationId": OID,
            "sessionNumber": "S-2025-001",
            "openedBy": "John Doe",
            "openTime": "2025-01-29T09:00:00.000Z",
            "openingAmount": "200.00",
            "notes": ["Opened on time"],
            "closingAmounts": {"cash": "0.00", "card": "0.00", "oliverPay": "0.00"},
            "openingNote": "Starting",
        },
        {"closeTime": "2025-01-29T17:00:00.000Z", "closedBy": "Jane Smith", "closingAmount": "2500.00"},
    ),
    "customer": (
        "customer",
        {
            "email": "jo@example.com",
            "firstName": "Jo",
            "lastName": "Doe",
            "phone": "+15125550100",
            "totalSpent": "10.50",
            "billing": ADDRESS,
            "tags": ["vip"],
        },
        {"phone": "+15125550199"},
    ),
    "product": (
        "product",
        {
            "name": "Sweet Tea",
            "productType": "simple",
            "sku": "TEA-900",
            "minPrice": 2.75,
            "maxPrice": 2.75,
            "taxTable": OID,
            "categories": [OID],
        },
        {"status": "draft"},
    ),
    "variant": (
        "variant",
        {
            "productId": OID,
            "sku": "TEA-900",
            "barcode": "0845210000019",
            "price": 2.75,
            "manageStock": True,
            "inventory": [{"stock": 5, "outletId": OID}],
        },
        {"price": 2.95},
    ),
    "outlet": (
        "outlet",
        {
            "name": "Main St",
            "address": "1 Main St",
            "city": "Austin",
            "state": "TX",
            "country": "US",
            "postCode": "78701",
            "phone": "+1 512-555-0100",
        },
        {"alias": "MAIN"},
    ),
    "order": ("order", order(), {"status": "refunded"}),
    "transaction": (
        "transactions",
        {
            "paymentMethod": "credit_card",
            "amount": "4.73",
            "currency": "USD",
            "type": "sale",
            "balance": "0.00",
            "sessionId": OID,
            "receiptId": "RCP-1",
        },
        {},
    ),
    "refund": (
        "refunds",
        {
            "orderId": OID,
            "reason": "Spilled",
            "lineItems": [
                {
                    "name": "Latte",
                    "quantity": 1,
                    "price": "4.45",
                    "total": "4.73",
                    "productId": OID,
                    "variantId": OID,
                    "taxes": [{"name": "TX State Tax", "amount": "0.28", "percentage": 6.25}],
                }
            ],
        },
        {"reason": "Wrong drink"},
    ),
}
