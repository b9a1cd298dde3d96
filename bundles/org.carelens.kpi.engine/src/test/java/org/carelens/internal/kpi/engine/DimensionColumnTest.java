package org.carelens.internal.kpi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DimensionColumnTest {

	@Test
	void idsUpTo255TakeOneByteARow() {
		DimensionColumn column = new DimensionColumn(4);
		column.set(0, 0);
		column.set(1, 1);
		column.set(2, 200);
		column.set(3, 255);
		assertEquals(1, column.width());
		assertEquals(4, column.bytes());
		assertEquals(200, column.get(2));
		assertEquals(255, column.get(3));
	}

	@Test
	void theFirstIdAbove255WidensTheColumnAndKeepsEveryEarlierId() {
		DimensionColumn column = new DimensionColumn(300);
		for (int row = 0; row < 256; row++) {
			column.set(row, row);
		}
		column.set(256, 256);
		column.set(257, 65_535);
		assertEquals(2, column.width());
		assertEquals(600, column.bytes());
		for (int row = 0; row < 257; row++) {
			assertEquals(row, column.get(row), "row " + row);
		}
		assertEquals(65_535, column.get(257));
	}

	@Test
	void growingKeepsTheIdsOfEitherWidth() {
		for (int id : new int[] { 7, 1000 }) {
			DimensionColumn column = new DimensionColumn(2);
			column.set(1, id);
			column.grow(10);
			column.set(9, 9);
			assertEquals(id, column.get(1));
			assertEquals(9, column.get(9));
			assertEquals(id > DimensionColumn.NARROW_MAX ? 20 : 10, column.bytes());
		}
	}
}
