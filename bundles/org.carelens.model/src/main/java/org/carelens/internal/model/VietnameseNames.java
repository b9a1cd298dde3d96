package org.carelens.internal.model;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes realistic, distinct Vietnamese full names (family, middle and given name) from a seeded random source, so
 * that the same seed always gives the same people.
 */
public final class VietnameseNames {

	/** Weighted roughly as in the population: Nguyễn is by far the most common. */
	private static final List<String> FAMILY = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê",
			"Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
	private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng",
			"Thùy", "Phương", "Kim", "Bảo", "Diệu");
	private static final List<String> MIDDLE_MALE = List.of("Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Thành", "Công",
			"Gia", "Anh", "Xuân", "Trọng");
	private static final List<String> GIVEN_FEMALE = List.of("Anh", "Hà", "Hạnh", "Hằng", "Hương", "Lan", "Linh", "Mai",
			"My", "Ngân", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Trâm", "Tuyết", "Vân", "Yến", "Châu",
			"Giang", "Hoa", "Loan");
	private static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Duy", "Hải", "Hiếu", "Hoàng",
			"Hùng", "Huy", "Khánh", "Khoa", "Long", "Minh", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Tuấn",
			"Việt", "Vinh", "Bảo");

	private final Random random;
	private final Set<String> used = new HashSet<>();

	public VietnameseNames(long seed) {
		this.random = new Random(seed);
	}

	/** @return a full name not returned before by this generator */
	public String next() {
		while (true) {
			boolean female = random.nextBoolean();
			String name = pick(FAMILY) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
					+ pick(female ? GIVEN_FEMALE : GIVEN_MALE);
			if (used.add(name)) {
				return name;
			}
		}
	}

	private String pick(List<String> names) {
		return names.get(random.nextInt(names.size()));
	}
}
