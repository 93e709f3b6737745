/**
 * Notify: in-app notifications (list, unread count, mark read), e-mail over SMTP, SMS and WeChat subscribe
 * messages through ports with sandbox adapters, and templates in zh-CN and en-US taken from the callers' message
 * bundles. It keeps its own copy of each recipient's language and addresses (pushed by identity through the API),
 * so it depends on no business module and every module may use it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package com.realsourcing.notify;
