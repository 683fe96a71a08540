<style>
h2.organization_name {
	margin-bottom: 0;
}

.organization_name, .business_name, .signing_place, .important_status {
	text-transform: uppercase;
}

ul.organization_details, ul.customer_details, ul.document_details {
	list-style-type: none;
}

ul.customer_details {
	text-align: right;
}

td.number {
	text-align: right;
}

td.total {
	font-weight: bold;
	text-align: right;
}
</style>
