package org.pondok;

class H2FoundationTests extends FoundationTests {

	@Override
	TestDatabases.Vendor vendor() {
		return TestDatabases.Vendor.H2;
	}

}
