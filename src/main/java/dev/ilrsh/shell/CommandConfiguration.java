package dev.ilrsh.shell;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The commands: the {@code @Command} methods of ilrsh's own beans. Spring Shell's own configuration scans the class
 * path a second time to find them and starts a bean-validation engine that no option of ilrsh's uses; both cost
 * start-up time on every one-shot command, so the registry is built here from the beans already known.
 */
@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

	@Bean
	Commands commandRegistry(ApplicationContext context) {
		Commands registry = new Commands();
		for (String name : context.getBeanDefinitionNames()) {
			Class<?> type = context.getType(name, false);
			if (type == null || !type.getName().startsWith("dev.ilrsh.")) {
				continue;
			}
			for (Method method : ReflectionUtils.getUniqueDeclaredMethods(ClassUtils.getUserClass(type))) {
				if (method.isAnnotationPresent(org.springframework.shell.core.command.annotation.Command.class)) {
					CommandFactoryBean factory = new CommandFactoryBean(method);
					factory.setApplicationContext(context);
					Command command = factory.getObject();
					registry.register(command, takesArguments(method));
				}
			}
		}
		return registry;
	}

	private static boolean takesArguments(Method method) {
		for (java.lang.reflect.Parameter p : method.getParameters()) {
			if (p.isAnnotationPresent(Argument.class) || p.isAnnotationPresent(Arguments.class)) {
				return true;
			}
		}
		return false;
	}

	/** Options are checked by the dispatcher and the commands themselves; nothing is left for bean validation. */
	@Bean
	Validator noParameterValidation() {
		return new NoValidation();
	}

	private static final class NoValidation implements Validator, ExecutableValidator {

		@Override
		public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
			return Set.of();
		}

		@Override
		public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
			return Set.of();
		}

		@Override
		public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
				Class<?>... groups) {
			return Set.of();
		}

		@Override
		public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
			throw new UnsupportedOperationException("ilrsh does not use bean validation");
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			throw new UnsupportedOperationException("ilrsh does not use bean validation");
		}

		@Override
		public ExecutableValidator forExecutables() {
			return this;
		}

		@Override
		public <T> Set<ConstraintViolation<T>> validateParameters(T object, Method method, Object[] parameterValues,
				Class<?>... groups) {
			return Set.of();
		}

		@Override
		public <T> Set<ConstraintViolation<T>> validateReturnValue(T object, Method method, Object returnValue,
				Class<?>... groups) {
			return Set.of();
		}

		@Override
		public <T> Set<ConstraintViolation<T>> validateConstructorParameters(Constructor<? extends T> constructor,
				Object[] parameterValues, Class<?>... groups) {
			return Set.of();
		}

		@Override
		public <T> Set<ConstraintViolation<T>> validateConstructorReturnValue(Constructor<? extends T> constructor,
				T createdObject, Class<?>... groups) {
			return Set.of();
		}
	}
}
