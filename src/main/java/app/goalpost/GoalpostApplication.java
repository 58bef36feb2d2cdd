package app.goalpost;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GoalpostApplication {

    public static void main(String[] args) {
        SpringApplication.run(GoalpostApplication.class, args);
    }
}
