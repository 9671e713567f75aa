-- The database users of database-sharing's consumers on shared-mysql (mysql), made by sharec.
-- Each consumer's role may sign in as its own user only, with an IAM authentication token over TLS.
-- Run this as the master user (admin), whose password is in the secret that the DatabaseSecretArn output names,
-- from a host that the database's security group lets in, for instance:
--   mysql --host=<DatabaseEndpoint> --port=3306 --user=admin --password --ssl-mode=VERIFY_IDENTITY --ssl-ca=global-bundle.pem < shared-mysql-users.sql
-- Running it again changes nothing; a user that existed already signs in by token only from then on.
-- Then grant each user what its tenant may use, for instance:
--   GRANT SELECT ON orders.* TO '<user>'@'%';

-- Account 987654321098, through the role DatabaseAccessRole
CREATE USER IF NOT EXISTS 'consumer_987654321098'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;
ALTER USER 'consumer_987654321098'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;
