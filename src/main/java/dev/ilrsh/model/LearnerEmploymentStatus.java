package dev.ilrsh.model;

import java.time.LocalDate;
import java.util.List;

public record LearnerEmploymentStatus(Integer empStat, LocalDate dateEmpStatApp, Integer empId,
		List<EmploymentStatusMonitoring> employmentStatusMonitoring, XmlExtras extras) implements IlrEntity {

	public LearnerEmploymentStatus {
		employmentStatusMonitoring = List.copyOf(employmentStatusMonitoring);
	}
}
